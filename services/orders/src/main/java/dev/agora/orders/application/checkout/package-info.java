/** The checkout saga, orchestrated by orders: what each step sends, what undoes it, and its deadlines. */
@NullMarked
package dev.agora.orders.application.checkout;

import org.jspecify.annotations.NullMarked;
