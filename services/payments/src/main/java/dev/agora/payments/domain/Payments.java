package dev.agora.payments.domain;

import java.util.Optional;
import java.util.UUID;

/** The payment of every order. */
public interface Payments {

    /** The order's payment, locked until the end of the transaction. */
    Optional<Payment> lock(UUID orderId);

    Optional<Payment> find(UUID orderId);

    void save(Payment payment);

    /** Files a customer's payments under a pseudonym; returns how many. The ledger names no customer. */
    int pseudonymise(String customerId, String pseudonym);
}
