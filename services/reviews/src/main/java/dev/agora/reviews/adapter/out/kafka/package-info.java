/** The products' ratings and reviews' confirmations of erasures, on reviews.events.v1 through its outbox. */
@NullMarked
package dev.agora.reviews.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
