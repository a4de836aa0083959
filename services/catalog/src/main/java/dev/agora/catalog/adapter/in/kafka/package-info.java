/** The products' ratings reviews publishes (reviews.events.v1), through the inbox. */
@NullMarked
package dev.agora.catalog.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
