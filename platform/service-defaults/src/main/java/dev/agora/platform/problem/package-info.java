/** RFC 9457 problem details with stable codes, shared by every service. */
@NullMarked
package dev.agora.platform.problem;

import org.jspecify.annotations.NullMarked;
