/** What orders needs from outside, named by capability: prices, the saga's messages, deadlines, telemetry. */
@NullMarked
package dev.agora.orders.application.port;

import org.jspecify.annotations.NullMarked;
