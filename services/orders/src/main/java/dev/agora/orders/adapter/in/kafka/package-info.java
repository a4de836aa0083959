/** The participants' answers to the saga, read from inventory.events.v1 and payments.events.v1. */
@NullMarked
package dev.agora.orders.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
