/** Inventory's answers to the saga, as protobuf messages on inventory.events.v1, through the outbox. */
@NullMarked
package dev.agora.inventory.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
