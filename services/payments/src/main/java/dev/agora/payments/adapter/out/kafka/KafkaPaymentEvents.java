package dev.agora.payments.adapter.out.kafka;

import com.google.protobuf.Message;
import dev.agora.contracts.payments.v1.PaymentAuthorized;
import dev.agora.contracts.payments.v1.PaymentDeclined;
import dev.agora.contracts.payments.v1.PaymentVoided;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.payments.application.port.PaymentEvents;
import dev.agora.payments.domain.Money;
import dev.agora.platform.messaging.Outbox;
import dev.agora.platform.messaging.ProtobufPayloads;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class KafkaPaymentEvents implements PaymentEvents {

    private final Outbox outbox;

    KafkaPaymentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void authorized(UUID orderId, UUID paymentId, Money amount) {
        publish(
                orderId,
                PaymentAuthorized.newBuilder()
                        .setOrderId(orderId.toString())
                        .setPaymentId(paymentId.toString())
                        .setAmount(money(amount))
                        .build());
    }

    @Override
    public void declined(UUID orderId, String reason) {
        publish(
                orderId,
                PaymentDeclined.newBuilder()
                        .setOrderId(orderId.toString())
                        .setReason(reason)
                        .build());
    }

    @Override
    public void voided(UUID orderId, @Nullable Money refunded) {
        PaymentVoided.Builder voided = PaymentVoided.newBuilder().setOrderId(orderId.toString());
        if (refunded != null) {
            voided.setRefunded(money(refunded));
        }
        publish(orderId, voided.build());
    }

    @Override
    public void erased(UUID erasureId, Instant at) {
        publish(erasureId, Erasures.confirmation(erasureId, "payments", at));
    }

    private static dev.agora.contracts.payments.v1.Money money(Money amount) {
        return dev.agora.contracts.payments.v1.Money.newBuilder()
                .setAmount(amount.amount().toPlainString())
                .setCurrency(amount.currency().getCurrencyCode())
                .build();
    }

    /** Keyed by the order, or by the erasure for a confirmation. */
    private void publish(UUID key, Message event) {
        outbox.add(ProtobufPayloads.outgoing(PaymentsTopics.EVENTS, key.toString(), event));
    }
}
