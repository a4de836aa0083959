/**
 * Warm-ups: what a service does once it is up and before it reports ready, so that its first requests cost what the
 * later ones do and no caller's deadline or breaker mistakes a cold start for a failure.
 */
@NullMarked
package dev.agora.platform.warmup;

import org.jspecify.annotations.NullMarked;
