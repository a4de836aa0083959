/** The use cases: notify a customer of an order event, list a customer's notifications. */
@NullMarked
package dev.agora.notifications.application;

import org.jspecify.annotations.NullMarked;
