/** The services' public HTTP APIs, called under the mobile BFF's call policy, in the caller's name. */
@NullMarked
package dev.agora.mobilebff.adapter.out.http;

import org.jspecify.annotations.NullMarked;
