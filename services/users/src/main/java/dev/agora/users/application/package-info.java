/** The users' use cases, one class each; they know the domain and nothing of HTTP, Kafka or SQL. */
@NullMarked
package dev.agora.users.application;

import org.jspecify.annotations.NullMarked;
