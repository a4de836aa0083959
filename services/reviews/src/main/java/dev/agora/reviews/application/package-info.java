/** The reviews' use cases; they know the domain and nothing of HTTP, Kafka or SQL. */
@NullMarked
package dev.agora.reviews.application;

import org.jspecify.annotations.NullMarked;
