/** The sweep that wakes checkouts whose participant did not answer in time. */
@NullMarked
package dev.agora.orders.adapter.in.scheduling;

import org.jspecify.annotations.NullMarked;
