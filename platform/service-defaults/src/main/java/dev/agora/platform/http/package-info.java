/** Calls to another service's public HTTP API, for the backends that call the services as a client would. */
@NullMarked
package dev.agora.platform.http;

import org.jspecify.annotations.NullMarked;
