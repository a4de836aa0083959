/**
 * What reviews reads, through the inbox: the orders placed, confirmed and cancelled (orders.events.v1: who bought
 * what), the display names and the erasures (users.events.v1).
 */
@NullMarked
package dev.agora.reviews.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
