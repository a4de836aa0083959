/** Wiring: the use cases are plain classes, built here with their adapters; agora.orders.* settings. */
@NullMarked
package dev.agora.orders.config;

import org.jspecify.annotations.NullMarked;
