/**
 * What keeps the gateway up when it is flooded: token-bucket rate limits per caller (in memory, or in Redis when
 * several gateways share them) and load shedding above a number of requests in flight.
 */
@NullMarked
package dev.agora.gateway.limits;

import org.jspecify.annotations.NullMarked;
