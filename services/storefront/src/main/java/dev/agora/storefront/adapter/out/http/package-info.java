/** The services' public HTTP APIs, called on the customer's behalf under the storefront's call policy. */
@NullMarked
package dev.agora.storefront.adapter.out.http;

import org.jspecify.annotations.NullMarked;
