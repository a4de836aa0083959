package dev.agora.users.application;

import dev.agora.users.domain.Erasure;
import dev.agora.users.domain.ErasurePolicy;
import dev.agora.users.domain.Erasures;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/** Records a participant's confirmation; the last one completes the erasure. A repeat changes nothing. */
public class ConfirmErasure {

    private static final Logger log = LoggerFactory.getLogger(ConfirmErasure.class);

    private final Erasures erasures;
    private final ErasurePolicy policy;
    private final TransactionOperations transactions;
    private final Clock clock;

    public ConfirmErasure(Erasures erasures, ErasurePolicy policy, TransactionOperations transactions, Clock clock) {
        this.erasures = erasures;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(UUID erasureId, String service, Instant erasedAt) {}

    public void confirm(Command command) {
        if (!policy.participants().contains(command.service())) {
            log.atWarn()
                    .addKeyValue("erasure", command.erasureId())
                    .addKeyValue("service", command.service())
                    .log("A service that takes no part in erasures confirmed one: ignored");
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (!erasures.confirm(command.erasureId(), command.service(), command.erasedAt())) {
                return;
            }
            Erasure erasure = erasures.find(command.erasureId()).orElseThrow();
            if (erasure.completedAt() == null && erasure.confirmedBy(policy.participants())) {
                erasures.complete(erasure.id(), clock.instant());
                log.atInfo()
                        .addKeyValue("erasure", erasure.id())
                        .addKeyValue(
                                "tookMillis",
                                clock.millis() - erasure.requestedAt().toEpochMilli())
                        .log("Every participant confirmed the erasure");
            }
        });
    }
}
