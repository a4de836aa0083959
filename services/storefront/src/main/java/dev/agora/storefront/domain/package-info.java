/** What the shop shows a customer: products, their prices and categories, and how a catalogue page is asked for. Plain Java only. */
@NullMarked
package dev.agora.storefront.domain;

import org.jspecify.annotations.NullMarked;
