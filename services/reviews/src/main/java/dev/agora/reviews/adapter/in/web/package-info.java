/** The REST API of reviews: request parsing, response shapes and error codes. */
@NullMarked
package dev.agora.reviews.adapter.in.web;

import org.jspecify.annotations.NullMarked;
