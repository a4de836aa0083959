/** The gateway's settings under agora.gateway.*. */
@NullMarked
package dev.agora.gateway.config;

import org.jspecify.annotations.NullMarked;
