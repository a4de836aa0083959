/** What notifications reads, through the inbox: the order events (orders.events.v1) and the erasures (users.events.v1). */
@NullMarked
package dev.agora.notifications.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
