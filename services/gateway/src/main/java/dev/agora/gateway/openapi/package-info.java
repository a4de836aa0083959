/** One OpenAPI document for the whole public API, merged from the routed services' own. */
@NullMarked
package dev.agora.gateway.openapi;

import org.jspecify.annotations.NullMarked;
