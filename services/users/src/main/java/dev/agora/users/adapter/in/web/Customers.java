package dev.agora.users.adapter.in.web;

import dev.agora.users.domain.ProfileNotFound;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/** Who calls, as the users' API knows them: their account id, their tokens' subject. */
final class Customers {

    private Customers() {}

    /** The caller's account id; a service's token names none, and has no profile ({@link ProfileNotFound}). */
    static UUID idOf(Authentication caller) {
        try {
            return UUID.fromString(caller.getName());
        } catch (IllegalArgumentException notAnAccount) {
            throw new ProfileNotFound();
        }
    }
}
