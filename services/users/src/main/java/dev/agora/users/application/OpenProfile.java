package dev.agora.users.application;

import dev.agora.users.application.port.UserEvents;
import dev.agora.users.domain.Erasures;
import dev.agora.users.domain.Profile;
import dev.agora.users.domain.Profiles;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Opens the profile of an account identity opened; an account announced again changes nothing, and one whose customer
 * asked to be erased (its announcement read late) opens nothing. The display name it gets is told to the other
 * services in the same transaction.
 */
public class OpenProfile {

    private final Profiles profiles;
    private final Erasures erasures;
    private final UserEvents events;
    private final TransactionOperations transactions;

    public OpenProfile(Profiles profiles, Erasures erasures, UserEvents events, TransactionOperations transactions) {
        this.profiles = profiles;
        this.erasures = erasures;
        this.events = events;
        this.transactions = transactions;
    }

    public record Command(UUID customerId, String email, String name, Instant openedAt) {}

    public Optional<Profile> open(Command command) {
        return Objects.requireNonNull(transactions.execute(status -> openIn(command)));
    }

    private Optional<Profile> openIn(Command command) {
        if (erasures.ofCustomer(command.customerId()).isPresent()) {
            return Optional.empty();
        }
        String before =
                profiles.find(command.customerId()).map(Profile::displayName).orElse(null);
        Profile opened = profiles.open(Profile.opened(
                command.customerId(), command.email(), Profile.checkedDisplayName(command.name()), command.openedAt()));
        if (before == null && opened.displayName() != null) {
            events.displayNameChanged(opened.customerId(), opened.displayName(), command.openedAt());
        }
        return Optional.of(opened);
    }
}
