package dev.agora.platform.idempotency;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The answers given to creating requests under their {@code Idempotency-Key}, per caller, in the service's own database
 * (table {@code idempotent_requests}). A request {@link #claim claims} its key before it does anything, so that two
 * retries at once cannot both do the work; it {@link #remember remembers} its answer in the transaction of its work, or
 * {@link #release releases} the key when the work failed. A claim left unanswered longer than the time-out (its request
 * crashed, or hangs) is taken over by the next request with the key (docs/adr/0020).
 *
 * <p>The fingerprint tells a retry from another request under the same key: the {@link
 * dev.agora.platform.api.RequestFingerprint} of the request as the service read it (a service with several creating
 * routes puts the route in it too).
 */
public class IdempotentRequests {

    static final int MAX_CALLER_LENGTH = 255;
    static final int FINGERPRINT_LENGTH = 64;

    /** A key released between two statements of a claim is free again: claim it anew, a few times at most. */
    private static final int ATTEMPTS = 3;

    private final JdbcClient database;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate workTransaction;
    private final Clock clock;
    private final Duration claimTimeout;
    private final Supplier<UUID> tokens;

    public IdempotentRequests(
            JdbcClient database,
            PlatformTransactionManager transactions,
            Clock clock,
            Duration claimTimeout,
            Supplier<UUID> tokens) {
        if (claimTimeout.isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("The claim time-out must be positive: " + claimTimeout);
        }
        this.database = database;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.workTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.claimTimeout = claimTimeout;
        this.tokens = tokens;
    }

    /**
     * Claims {@code key} for this request of {@code caller} (the token's subject), or says what was found under it. The
     * claim is committed at once, in a transaction of its own, whatever transaction the caller is in.
     */
    public Claim claim(String caller, IdempotencyKey key, String fingerprint) {
        if (caller.isBlank() || caller.length() > MAX_CALLER_LENGTH) {
            throw new IllegalArgumentException("A caller is 1 to " + MAX_CALLER_LENGTH + " characters");
        }
        if (fingerprint.isBlank() || fingerprint.length() > FINGERPRINT_LENGTH) {
            throw new IllegalArgumentException("A fingerprint is 1 to " + FINGERPRINT_LENGTH + " characters");
        }
        return Objects.requireNonNull(ownTransaction.execute(status -> claimNow(caller, key, fingerprint)));
    }

    /**
     * A creating request, whole: claims {@code key}, then does the work and keeps its answer ({@link #answer}), or
     * gives the answer the key already has, or refuses the request ({@link Claim.Refused#problem}).
     */
    public Answer answerOnce(String caller, IdempotencyKey key, String fingerprint, Supplier<Answer> work) {
        return switch (claim(caller, key, fingerprint)) {
            case Claim.Replay replay -> replay.answer();
            case Claim.Refused refused -> throw refused.problem();
            case Claim.Granted claim -> answer(claim, work);
        };
    }

    /**
     * Does the work of a granted request and keeps its answer, in one transaction: a crash leaves both, or only the
     * claim. When the work fails, nothing of it commits and the key is released, so that a corrected request may use it.
     */
    public Answer answer(Claim.Granted claim, Supplier<Answer> work) {
        try {
            return Objects.requireNonNull(workTransaction.execute(status -> {
                Answer answer = work.get();
                remember(claim, answer);
                return answer;
            }));
        } catch (RuntimeException failed) {
            release(claim);
            throw failed;
        }
    }

    /**
     * Keeps the answer under the claimed key, in the caller's transaction when there is one: called in the transaction
     * of the work, the answer commits with the work or not at all. A claim that was taken over (this request outlived
     * the time-out) answers nothing: {@code CONFLICT} is thrown, which rolls the caller's transaction back.
     */
    public void remember(Claim.Granted claim, Answer answer) {
        int answered = database.sql("""
                        UPDATE idempotent_requests
                        SET status = :status, location = :location, body = :body, answered_at = :now
                        WHERE caller = :caller AND idempotency_key = :key AND claim_token = :token
                          AND status IS NULL""")
                .param("status", answer.status())
                .param("location", answer.location())
                .param("body", answer.body())
                .param("now", Timestamp.from(clock.instant()))
                .param("caller", claim.caller())
                .param("key", claim.key().value())
                .param("token", claim.token())
                .update();
        if (answered == 0) {
            throw new ProblemException(
                    PlatformErrorCodes.CONFLICT,
                    "This request took longer than its Idempotency-Key may stay claimed, and a retry took the key"
                            + " over: retry to get its answer.");
        }
    }

    /**
     * Gives the key up after the work failed, so that a corrected request may use it. Committed at once, in a
     * transaction of its own: call it once the failed work's transaction has ended. An answered key stays answered.
     */
    public void release(Claim.Granted claim) {
        ownTransaction.executeWithoutResult(status -> database.sql("""
                        DELETE FROM idempotent_requests
                        WHERE caller = :caller AND idempotency_key = :key AND claim_token = :token
                          AND status IS NULL""")
                .param("caller", claim.caller())
                .param("key", claim.key().value())
                .param("token", claim.token())
                .update());
    }

    private Claim claimNow(String caller, IdempotencyKey key, String fingerprint) {
        UUID token = tokens.get();
        Instant now = clock.instant();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // A second request racing this one waits on the key here, then inserts nothing.
            int inserted = database.sql("""
                            INSERT INTO idempotent_requests (caller, idempotency_key, fingerprint, claim_token, claimed_at)
                            VALUES (:caller, :key, :fingerprint, :token, :now)
                            ON CONFLICT DO NOTHING""")
                    .param("caller", caller)
                    .param("key", key.value())
                    .param("fingerprint", fingerprint)
                    .param("token", token)
                    .param("now", Timestamp.from(now))
                    .update();
            if (inserted == 1 || takeOver(caller, key, fingerprint, token, now)) {
                return new Claim.Granted(caller, key, token);
            }
            Optional<Claim> found = database.sql("""
                            SELECT fingerprint, status, location, body FROM idempotent_requests
                            WHERE caller = :caller AND idempotency_key = :key""")
                    .param("caller", caller)
                    .param("key", key.value())
                    .query((row, number) -> found(row, fingerprint))
                    .optional();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return new Claim.InProgress();
    }

    /**
     * Takes over a claim left unanswered past the time-out, as if its request had failed and released the key. One
     * conditional UPDATE: of two retries at once, the second finds the claim fresh and takes nothing.
     */
    private boolean takeOver(String caller, IdempotencyKey key, String fingerprint, UUID token, Instant now) {
        return database.sql("""
                                UPDATE idempotent_requests
                                SET fingerprint = :fingerprint, claim_token = :token, claimed_at = :now
                                WHERE caller = :caller AND idempotency_key = :key
                                  AND status IS NULL AND claimed_at < :abandonedBefore""")
                        .param("fingerprint", fingerprint)
                        .param("token", token)
                        .param("now", Timestamp.from(now))
                        .param("caller", caller)
                        .param("key", key.value())
                        .param("abandonedBefore", Timestamp.from(now.minus(claimTimeout)))
                        .update()
                == 1;
    }

    private static Claim found(ResultSet row, String fingerprint) throws SQLException {
        if (!row.getString("fingerprint").equals(fingerprint)) {
            return new Claim.Reused();
        }
        int status = row.getInt("status");
        if (row.wasNull()) {
            return new Claim.InProgress();
        }
        return new Claim.Replay(new Answer(status, row.getString("location"), row.getString("body")));
    }
}
