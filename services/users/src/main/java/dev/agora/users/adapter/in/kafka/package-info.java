/** The accounts identity opens (identity.events.v1), through the inbox: each opens its profile once. */
@NullMarked
package dev.agora.users.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
