/** Wiring and configuration properties. */
@NullMarked
package dev.agora.storefront.config;

import org.jspecify.annotations.NullMarked;
