/** The accounts identity opens, as protobuf messages on identity.events.v1, through the outbox. */
@NullMarked
package dev.agora.identity.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
