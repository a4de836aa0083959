/** The saga's commands to payments, read from payments.commands.v1, each handled once (inbox). */
@NullMarked
package dev.agora.payments.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
