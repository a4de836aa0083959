/** Wiring: the use cases meet their adapters, and payments' settings. */
@NullMarked
package dev.agora.payments.config;

import org.jspecify.annotations.NullMarked;
