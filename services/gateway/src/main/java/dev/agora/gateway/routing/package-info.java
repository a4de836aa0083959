/**
 * The public routes as configured ({@code agora.gateway.routes}): which paths go to which service, with their
 * timeouts, retries and breakers, and the error codes of routing failures.
 */
@NullMarked
package dev.agora.gateway.routing;

import org.jspecify.annotations.NullMarked;
