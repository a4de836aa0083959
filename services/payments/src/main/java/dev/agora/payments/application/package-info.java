/** The use cases of payments, one class each; they run inside the transaction their caller opened. */
@NullMarked
package dev.agora.payments.application;

import org.jspecify.annotations.NullMarked;
