/**
 * What orders reads, through the inbox: the participants' answers to the saga (inventory.events.v1 and
 * payments.events.v1), and the erasures users asks for (users.events.v1).
 */
@NullMarked
package dev.agora.orders.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
