/** The erasures users asks for, on users.events.v1 through its outbox, in the transaction that starts them. */
@NullMarked
package dev.agora.users.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
