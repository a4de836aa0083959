/**
 * Payments' answers to the saga and its confirmations of erasures, as protobuf messages on payments.events.v1, through
 * the outbox.
 */
@NullMarked
package dev.agora.payments.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
