/** The reviews' domain: reviews, what makes a product's rating, who bought what. Plain Java only. */
@NullMarked
package dev.agora.reviews.domain;

import org.jspecify.annotations.NullMarked;
