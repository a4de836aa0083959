/** The event store, the deadlines and the order history, in the orders database (JDBC). */
@NullMarked
package dev.agora.orders.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
