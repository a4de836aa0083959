/** Wiring of use cases and adapters. */
@NullMarked
package dev.agora.catalog.config;

import org.jspecify.annotations.NullMarked;
