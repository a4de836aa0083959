/** The REST API of orders: place, list, view, follow (events) and cancel one's own orders. */
@NullMarked
package dev.agora.orders.adapter.in.web;

import org.jspecify.annotations.NullMarked;
