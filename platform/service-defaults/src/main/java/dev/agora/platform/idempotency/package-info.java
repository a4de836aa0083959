/**
 * Idempotent creating requests: the {@code Idempotency-Key} header a client sends with a POST that creates something,
 * and the answers remembered under it in the service's own database, so that a retry gets the first answer instead of
 * creating a second thing (docs/adr/0020-idempotent-requests-in-service-defaults.md).
 */
@NullMarked
package dev.agora.platform.idempotency;

import org.jspecify.annotations.NullMarked;
