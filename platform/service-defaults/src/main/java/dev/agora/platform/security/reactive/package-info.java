/** Token checks and refusals on the reactive stack (the gateway). */
@NullMarked
package dev.agora.platform.security.reactive;

import org.jspecify.annotations.NullMarked;
