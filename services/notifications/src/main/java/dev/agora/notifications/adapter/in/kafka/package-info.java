/** The order events notifications reads from orders.events.v1. */
@NullMarked
package dev.agora.notifications.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
