/** Token checks and refusals on the servlet stack. */
@NullMarked
package dev.agora.platform.security.servlet;

import org.jspecify.annotations.NullMarked;
