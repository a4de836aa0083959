/** Wiring and agora.notifications.* settings. */
@NullMarked
package dev.agora.notifications.config;

import org.jspecify.annotations.NullMarked;
