package dev.agora.mobilebff.application.port;

import dev.agora.mobilebff.domain.Address;
import dev.agora.mobilebff.domain.Profile;
import java.util.List;

/** The users service's profiles and addresses, read in the signed-in customer's name. */
public interface Profiles {

    Profile mine();

    /** The default first, then the oldest. */
    List<Address> addresses();
}
