/** The erasures users asks for (users.events.v1), through the inbox: each closes its customer's account once. */
@NullMarked
package dev.agora.identity.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
