/** Start-up checks: a service refuses to start rather than run wrongly. */
@NullMarked
package dev.agora.platform.startup;

import org.jspecify.annotations.NullMarked;
