package dev.agora.payments.domain;

import java.util.List;
import java.util.UUID;

/** Every authorization and refund, in the order they happened. */
public interface Ledger {

    void record(LedgerEntry entry);

    List<LedgerEntry> entriesOf(UUID orderId);
}
