/** Which public paths go to which service, with their timeouts, and the error codes of routing failures. */
@NullMarked
package dev.agora.gateway.routing;

import org.jspecify.annotations.NullMarked;
