/** Response shapes every Agora API shares, so that each service's lists read alike. */
@NullMarked
package dev.agora.platform.api;

import org.jspecify.annotations.NullMarked;
