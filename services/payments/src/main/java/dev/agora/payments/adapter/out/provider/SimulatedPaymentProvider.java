package dev.agora.payments.adapter.out.provider;

import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.config.PaymentsProperties;
import dev.agora.payments.domain.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A payment provider for development and tests, answering by test token as card processors' sandboxes do:
 * {@code tok_ok} is authorized, {@code tok_declined} declined, {@code tok_slow} authorized after a long pause
 * ({@code agora.payments.slow-token-delay}, 10 s), any other token declined. Idempotent per order, like a real one.
 * The dev profile chooses it ({@code agora.payments.provider.kind: simulated}); the prod profile refuses it.
 */
class SimulatedPaymentProvider implements PaymentProvider {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPaymentProvider.class);

    /** Answers kept per order, as a provider keeps idempotency keys: for a while, not forever. */
    private static final int REMEMBERED_ORDERS = 100_000;

    private final PaymentsProperties properties;
    private final Map<UUID, Answer> answers = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Answer> eldest) {
            return size() > REMEMBERED_ORDERS;
        }
    });

    SimulatedPaymentProvider(PaymentsProperties properties) {
        this.properties = properties;
    }

    @Override
    public Answer authorize(UUID orderId, Money amount, String paymentToken) {
        Answer earlier = answers.get(orderId);
        if (earlier != null) {
            return earlier;
        }
        // Decided outside the map's lock: tok_slow must not hold up the other orders.
        Answer answer = switch (paymentToken) {
            case "tok_ok" -> new Authorized("sim_" + UUID.randomUUID());
            case "tok_slow" -> {
                pause();
                yield new Authorized("sim_" + UUID.randomUUID());
            }
            case "tok_declined" -> new Declined("card declined");
            default -> new Declined("unknown payment token");
        };
        Answer first = answers.putIfAbsent(orderId, answer);
        return first != null ? first : answer;
    }

    @Override
    public void refund(String reference, Money amount) {
        LOG.atInfo()
                .addKeyValue("reference", reference)
                .addKeyValue("amount", amount.amount())
                .log("simulated refund");
    }

    private void pause() {
        try {
            Thread.sleep(properties.slowTokenDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the provider was thinking", e);
        }
    }
}
