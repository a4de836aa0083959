/** Payments, their outcome per order, and the ledger of money moved. JDK only. */
@NullMarked
package dev.agora.payments.domain;

import org.jspecify.annotations.NullMarked;
