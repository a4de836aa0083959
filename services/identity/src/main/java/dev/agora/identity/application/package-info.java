/** Identity's use cases, one class each; they know the domain and the ports, nothing of HTTP or SQL. */
@NullMarked
package dev.agora.identity.application;

import org.jspecify.annotations.NullMarked;
