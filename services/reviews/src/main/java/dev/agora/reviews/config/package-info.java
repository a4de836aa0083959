/** Wiring of use cases and adapters. */
@NullMarked
package dev.agora.reviews.config;

import org.jspecify.annotations.NullMarked;
