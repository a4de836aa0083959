/** The local launcher behind ./agora, also used by the system tests to start the platform. */
@NullMarked
package dev.agora.launcher;

import org.jspecify.annotations.NullMarked;
