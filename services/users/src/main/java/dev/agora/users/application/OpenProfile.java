package dev.agora.users.application;

import dev.agora.users.domain.Profile;
import dev.agora.users.domain.Profiles;
import java.time.Instant;
import java.util.UUID;

/** Opens the profile of an account identity opened; an account announced again changes nothing. */
public class OpenProfile {

    private final Profiles profiles;

    public OpenProfile(Profiles profiles) {
        this.profiles = profiles;
    }

    public record Command(UUID customerId, String email, String name, Instant openedAt) {}

    public Profile open(Command command) {
        return profiles.open(Profile.opened(
                command.customerId(), command.email(), Profile.checkedDisplayName(command.name()), command.openedAt()));
    }
}
