/**
 * The saga's commands and the order's public events, as protobuf through the outbox; and orders' confirmation of an
 * erasure, on its events topic.
 */
@NullMarked
package dev.agora.orders.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
