/** Problem details on the servlet web stack. */
@NullMarked
package dev.agora.platform.problem.servlet;

import org.jspecify.annotations.NullMarked;
