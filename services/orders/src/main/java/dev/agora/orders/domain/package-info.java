/**
 * The event-sourced Order and the checkout it goes through: its events are its state, and {@link
 * dev.agora.orders.domain.Order} decides every transition of the saga. JDK only.
 */
@NullMarked
package dev.agora.orders.domain;

import org.jspecify.annotations.NullMarked;
