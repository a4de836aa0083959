/** The saga's commands to inventory, read from inventory.commands.v1, each handled once (inbox). */
@NullMarked
package dev.agora.inventory.adapter.in.kafka;

import org.jspecify.annotations.NullMarked;
