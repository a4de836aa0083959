/** The auto-configuration and property defaults that every service gets from service-defaults. */
@NullMarked
package dev.agora.platform.autoconfigure;

import org.jspecify.annotations.NullMarked;
