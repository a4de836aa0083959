/** What the reviews' use cases need from outside besides their repositories: telling the other services. */
@NullMarked
package dev.agora.reviews.application.port;

import org.jspecify.annotations.NullMarked;
