/** The catalog's domain: products, their prices and categories. Plain Java only. */
@NullMarked
package dev.agora.catalog.domain;

import org.jspecify.annotations.NullMarked;
