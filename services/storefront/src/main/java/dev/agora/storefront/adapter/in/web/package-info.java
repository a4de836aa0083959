/** The web shop's pages: server-side HTML, working without JavaScript. */
@NullMarked
package dev.agora.storefront.adapter.in.web;

import org.jspecify.annotations.NullMarked;
