/** The read side (CQRS): the order history, a projection of the orders' events that can be rebuilt from them. */
@NullMarked
package dev.agora.orders.application.history;

import org.jspecify.annotations.NullMarked;
