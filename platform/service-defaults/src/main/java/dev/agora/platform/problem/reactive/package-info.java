/** Problem details on the reactive web stack. */
@NullMarked
package dev.agora.platform.problem.reactive;

import org.jspecify.annotations.NullMarked;
