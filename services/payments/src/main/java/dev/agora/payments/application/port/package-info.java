/** What payments' use cases need from outside, named by capability. */
@NullMarked
package dev.agora.payments.application.port;

import org.jspecify.annotations.NullMarked;
