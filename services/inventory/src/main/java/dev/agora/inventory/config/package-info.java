/** Wiring: the use cases meet their adapters, and inventory's settings. */
@NullMarked
package dev.agora.inventory.config;

import org.jspecify.annotations.NullMarked;
