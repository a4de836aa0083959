/** The storefront's use cases: what a page needs from the services, asked through ports. */
@NullMarked
package dev.agora.storefront.application;

import org.jspecify.annotations.NullMarked;
