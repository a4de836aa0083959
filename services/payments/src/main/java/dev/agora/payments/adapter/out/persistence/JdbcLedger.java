package dev.agora.payments.adapter.out.persistence;

import dev.agora.payments.domain.Ledger;
import dev.agora.payments.domain.LedgerEntry;
import dev.agora.payments.domain.Money;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLedger implements Ledger {

    private final JdbcClient database;

    JdbcLedger(JdbcClient database) {
        this.database = database;
    }

    @Override
    public void record(LedgerEntry entry) {
        database.sql("""
                        INSERT INTO ledger_entries (payment_id, order_id, kind, amount, currency, at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        entry.paymentId(),
                        entry.orderId(),
                        entry.kind().name(),
                        entry.amount().amount(),
                        entry.amount().currency().getCurrencyCode(),
                        Timestamp.from(entry.at()))
                .update();
    }

    @Override
    public List<LedgerEntry> entriesOf(UUID orderId) {
        return database.sql("""
                        SELECT payment_id, order_id, kind, amount, currency, at FROM ledger_entries
                        WHERE order_id = ? ORDER BY entry_id""")
                .param(orderId)
                .query((row, number) -> new LedgerEntry(
                        row.getObject("payment_id", UUID.class),
                        row.getObject("order_id", UUID.class),
                        LedgerEntry.Kind.valueOf(row.getString("kind")),
                        new Money(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency"))),
                        row.getTimestamp("at").toInstant()))
                .list();
    }
}
