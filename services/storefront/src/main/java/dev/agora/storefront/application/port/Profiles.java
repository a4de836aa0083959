package dev.agora.storefront.application.port;

import dev.agora.storefront.domain.AddressDraft;
import dev.agora.storefront.domain.Profile;
import dev.agora.storefront.domain.ShippingAddress;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in customer's profile and addresses at users, in their name. A refused change throws
 * {@link FieldsRefused}, naming the fields in users' words; users unreachable throws {@link ServiceUnavailable}.
 */
public interface Profiles {

    Profile mine();

    /** Changes the profile from {@code version}; one that moved since is refused, for the whole form. */
    Profile change(String displayName, String locale, boolean orderUpdatesByMail, boolean offersByMail, long version);

    /** The default first, then the oldest. */
    List<ShippingAddress> addresses();

    void add(AddressDraft address, UUID idempotencyKey);

    void remove(UUID id, long version);
}
