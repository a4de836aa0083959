/** The saga's commands and the order's public events, as protobuf through the outbox. */
@NullMarked
package dev.agora.orders.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
