package dev.agora.payments.application;

import dev.agora.payments.application.port.PaymentEvents;
import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.domain.Ledger;
import dev.agora.payments.domain.LedgerEntry;
import dev.agora.payments.domain.Money;
import dev.agora.payments.domain.Payment;
import dev.agora.payments.domain.PaymentStatus;
import dev.agora.payments.domain.Payments;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Has the provider authorize an order's amount. One order is charged at most once: asked again (a retry of the saga,
 * a redelivery), it does not go to the provider and gives the same answer.
 */
public class AuthorizePayment {

    private final Payments payments;
    private final Ledger ledger;
    private final PaymentProvider provider;
    private final PaymentEvents events;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public AuthorizePayment(
            Payments payments,
            Ledger ledger,
            PaymentProvider provider,
            PaymentEvents events,
            Clock clock,
            Supplier<UUID> ids) {
        this.payments = payments;
        this.ledger = ledger;
        this.provider = provider;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
    }

    public record Command(UUID orderId, String customerId, Money amount, String paymentToken) {
        public Command {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(amount, "amount");
            if (customerId.isBlank() || paymentToken.isBlank()) {
                throw new IllegalArgumentException("A payment needs a customer and a payment token");
            }
            if (amount.amount().signum() == 0) {
                throw new IllegalArgumentException("A payment needs an amount above zero");
            }
        }
    }

    public Payment authorize(Command command) {
        Optional<Payment> earlier = payments.lock(command.orderId());
        if (earlier.isPresent()) {
            announceAgain(earlier.get());
            return earlier.get();
        }
        Payment payment = switch (provider.authorize(command.orderId(), command.amount(), command.paymentToken())) {
            case PaymentProvider.Authorized authorized ->
                new Payment(
                        ids.get(),
                        command.orderId(),
                        command.customerId(),
                        command.amount(),
                        PaymentStatus.AUTHORIZED,
                        authorized.reference(),
                        null);
            case PaymentProvider.Declined declined ->
                new Payment(
                        ids.get(),
                        command.orderId(),
                        command.customerId(),
                        command.amount(),
                        PaymentStatus.DECLINED,
                        null,
                        declined.reason());
        };
        payments.save(payment);
        if (payment.isAuthorized()) {
            ledger.record(new LedgerEntry(
                    payment.id(),
                    payment.orderId(),
                    LedgerEntry.Kind.AUTHORIZATION,
                    payment.amount(),
                    clock.instant()));
        }
        announceAgain(payment);
        return payment;
    }

    private void announceAgain(Payment payment) {
        switch (payment.status()) {
            case AUTHORIZED -> events.authorized(payment.orderId(), payment.id(), payment.amount());
            case DECLINED -> events.declined(payment.orderId(), Objects.requireNonNullElse(payment.reason(), ""));
            case VOIDED -> events.voided(payment.orderId(), null);
        }
    }
}
