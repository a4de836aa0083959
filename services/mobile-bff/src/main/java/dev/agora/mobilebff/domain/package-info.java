/** What a phone's screens show: products, stock, orders and the customer, in the services' own words. */
@NullMarked
package dev.agora.mobilebff.domain;

import org.jspecify.annotations.NullMarked;
