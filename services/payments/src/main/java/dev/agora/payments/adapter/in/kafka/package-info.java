/**
 * What payments reads, each message handled once (inbox): the saga's commands (payments.commands.v1) and the erasures
 * users asks for (users.events.v1).
 */
@NullMarked
package dev.agora.payments.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
