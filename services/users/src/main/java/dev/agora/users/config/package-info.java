/** Wiring of use cases and adapters. */
@NullMarked
package dev.agora.users.config;

import org.jspecify.annotations.NullMarked;
