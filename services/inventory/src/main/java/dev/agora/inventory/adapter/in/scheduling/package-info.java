/** Work inventory starts by itself, on a clock. */
@NullMarked
package dev.agora.inventory.adapter.in.scheduling;

import org.jspecify.annotations.NullMarked;
