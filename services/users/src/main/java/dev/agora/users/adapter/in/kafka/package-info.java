/**
 * What users reads, through the inbox: the accounts identity opens (identity.events.v1), each opening its profile once,
 * and every participant's confirmation of an erasure (identity, orders, payments, notifications and reviews events).
 */
@NullMarked
package dev.agora.users.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
