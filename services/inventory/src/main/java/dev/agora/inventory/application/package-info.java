/** The use cases of inventory, one class each; they run inside the transaction their caller opened. */
@NullMarked
package dev.agora.inventory.application;

import org.jspecify.annotations.NullMarked;
