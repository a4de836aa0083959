/** The REST API of payments: a customer's view of the payment of their order. */
@NullMarked
package dev.agora.payments.adapter.in.web;

import org.jspecify.annotations.NullMarked;
