package dev.agora.users.application;

import dev.agora.users.domain.Erasures;
import dev.agora.users.domain.Profile;
import dev.agora.users.domain.Profiles;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens the profile of an account identity opened; an account announced again changes nothing, and one whose customer
 * asked to be erased (its announcement read late) opens nothing.
 */
public class OpenProfile {

    private final Profiles profiles;
    private final Erasures erasures;

    public OpenProfile(Profiles profiles, Erasures erasures) {
        this.profiles = profiles;
        this.erasures = erasures;
    }

    public record Command(UUID customerId, String email, String name, Instant openedAt) {}

    public Optional<Profile> open(Command command) {
        if (erasures.ofCustomer(command.customerId()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(profiles.open(Profile.opened(
                command.customerId(),
                command.email(),
                Profile.checkedDisplayName(command.name()),
                command.openedAt())));
    }
}
