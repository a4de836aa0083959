/** How a service writes its log lines: one JSON object per line, cheap enough to write one per request. */
@NullMarked
package dev.agora.platform.logging;

import org.jspecify.annotations.NullMarked;
