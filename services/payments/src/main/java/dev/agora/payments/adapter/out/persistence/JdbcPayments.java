package dev.agora.payments.adapter.out.persistence;

import dev.agora.payments.domain.Money;
import dev.agora.payments.domain.Payment;
import dev.agora.payments.domain.PaymentStatus;
import dev.agora.payments.domain.Payments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPayments implements Payments {

    private static final String COLUMNS =
            "order_id, payment_id, customer_id, amount, currency, status, provider_reference, reason";

    private final JdbcClient database;

    JdbcPayments(JdbcClient database) {
        this.database = database;
    }

    @Override
    public Optional<Payment> lock(UUID orderId) {
        return database.sql("SELECT " + COLUMNS + " FROM payments WHERE order_id = ? FOR UPDATE")
                .param(orderId)
                .query(JdbcPayments::payment)
                .optional();
    }

    @Override
    public Optional<Payment> find(UUID orderId) {
        return database.sql("SELECT " + COLUMNS + " FROM payments WHERE order_id = ?")
                .param(orderId)
                .query(JdbcPayments::payment)
                .optional();
    }

    @Override
    public void save(Payment payment) {
        int updated = database.sql("UPDATE payments SET status = ?, reason = ? WHERE order_id = ?")
                .params(payment.status().name(), payment.reason(), payment.orderId())
                .update();
        if (updated > 0) {
            return;
        }
        database.sql("INSERT INTO payments (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        payment.orderId(),
                        payment.id(),
                        payment.customerId(),
                        payment.amount().amount(),
                        payment.amount().currency().getCurrencyCode(),
                        payment.status().name(),
                        payment.providerReference(),
                        payment.reason(),
                        Timestamp.from(Instant.now()))
                .update();
    }

    private static Payment payment(ResultSet row, int number) throws SQLException {
        return new Payment(
                row.getObject("payment_id", UUID.class),
                row.getObject("order_id", UUID.class),
                row.getString("customer_id"),
                new Money(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency"))),
                PaymentStatus.valueOf(row.getString("status")),
                row.getString("provider_reference"),
                row.getString("reason"));
    }

    @Override
    public int pseudonymise(String customerId, String pseudonym) {
        return database.sql("UPDATE payments SET customer_id = ? WHERE customer_id = ?")
                .params(pseudonym, customerId)
                .update();
    }
}
