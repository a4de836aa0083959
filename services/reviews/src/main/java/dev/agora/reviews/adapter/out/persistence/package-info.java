/** Reviews, purchases and authors in the reviews' own database (H2 file, or PostgreSQL). */
@NullMarked
package dev.agora.reviews.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
