/** Carts in the storefront's own database. */
@NullMarked
package dev.agora.storefront.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
