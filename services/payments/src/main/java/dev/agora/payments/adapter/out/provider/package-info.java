/** The payment provider behind the PaymentProvider port: a simulation with test tokens. */
@NullMarked
package dev.agora.payments.adapter.out.provider;

import org.jspecify.annotations.NullMarked;
