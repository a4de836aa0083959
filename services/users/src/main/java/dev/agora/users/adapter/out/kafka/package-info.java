/**
 * What users tells the other services on users.events.v1 through its outbox, in the transaction of the change: the
 * erasures it starts, and the customers' display names.
 */
@NullMarked
package dev.agora.users.adapter.out.kafka;

import org.jspecify.annotations.NullMarked;
