/** Metrics and span attributes of the checkout, with Micrometer. */
@NullMarked
package dev.agora.orders.adapter.out.telemetry;

import org.jspecify.annotations.NullMarked;
