/**
 * The payment provider behind the PaymentProvider port: a provider's HTTP API, or in development a simulation with
 * test tokens; either behind the payment-provider call policy.
 */
@NullMarked
package dev.agora.payments.adapter.out.provider;

import org.jspecify.annotations.NullMarked;
