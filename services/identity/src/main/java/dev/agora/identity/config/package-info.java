/** Wiring of use cases and adapters. */
@NullMarked
package dev.agora.identity.config;

import org.jspecify.annotations.NullMarked;
