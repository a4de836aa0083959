/** Wiring and {@code agora.mobile-bff.*}. */
@NullMarked
package dev.agora.mobilebff.config;

import org.jspecify.annotations.NullMarked;
