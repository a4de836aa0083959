/**
 * The embedded H2 databases of {@code ./agora up}: what keeps their files from growing without end while a service
 * runs.
 */
@NullMarked
package dev.agora.platform.h2;

import org.jspecify.annotations.NullMarked;
