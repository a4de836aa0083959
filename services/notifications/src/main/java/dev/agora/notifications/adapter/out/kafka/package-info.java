/** Notifications' confirmations of erasures, on notifications.events.v1 through its outbox. */
@NullMarked
package dev.agora.notifications.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
