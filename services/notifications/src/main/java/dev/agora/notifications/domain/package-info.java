/** Notifications to customers about their orders, one per order event at most. JDK only. */
@NullMarked
package dev.agora.notifications.domain;

import org.jspecify.annotations.NullMarked;
