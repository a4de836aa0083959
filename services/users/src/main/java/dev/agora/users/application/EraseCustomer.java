package dev.agora.users.application;

import dev.agora.users.application.port.UserEvents;
import dev.agora.users.domain.Erasure;
import dev.agora.users.domain.ErasurePolicy;
import dev.agora.users.domain.Erasures;
import dev.agora.users.domain.Profiles;
import dev.agora.users.domain.RecentSignInRequired;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Starts a customer's erasure: users removes their profile and addresses, and in the same transaction asks every other
 * participant to erase theirs (a choreography: each acts on the request and confirms on its own, nobody directs). Asked
 * twice, it answers the erasure already under way.
 */
public class EraseCustomer {

    private static final Logger log = LoggerFactory.getLogger(EraseCustomer.class);

    private final Profiles profiles;
    private final Erasures erasures;
    private final UserEvents events;
    private final ErasurePolicy policy;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public EraseCustomer(
            Profiles profiles,
            Erasures erasures,
            UserEvents events,
            ErasurePolicy policy,
            TransactionOperations transactions,
            Clock clock,
            Supplier<UUID> ids) {
        this.profiles = profiles;
        this.erasures = erasures;
        this.events = events;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** @param signedInAt when the customer last signed in with their password, as their token says (null: unknown) */
    public record Command(UUID customerId, @Nullable Instant signedInAt) {}

    public Erasure erase(Command command) {
        Instant now = clock.instant();
        if (command.signedInAt() == null || command.signedInAt().isBefore(now.minus(policy.recentSignIn()))) {
            throw new RecentSignInRequired("Erasing your account needs a sign-in within the last "
                    + policy.recentSignIn().toMinutes() + " minutes: sign in again, then ask again.");
        }
        return Objects.requireNonNull(transactions.execute(status -> {
            Erasure requested = Erasure.requested(ids.get(), now);
            if (!erasures.start(requested, command.customerId())) {
                return erasures.ofCustomer(command.customerId()).orElseThrow();
            }
            profiles.erase(command.customerId());
            erasures.confirm(requested.id(), ErasurePolicy.USERS, now);
            events.erasureRequested(requested, command.customerId());
            // Its id, never the customer's: what an operator looks up when the erasure is overdue.
            log.atInfo().addKeyValue("erasure", requested.id()).log("Erasure requested");
            return erasures.find(requested.id()).orElseThrow();
        }));
    }
}
