/** What every request crossing the edge gets: a request id, limits, security headers, CORS, an access-log line. */
@NullMarked
package dev.agora.gateway.edge;

import org.jspecify.annotations.NullMarked;
