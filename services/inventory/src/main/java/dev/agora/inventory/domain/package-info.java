/** Stock levels and reservations, with the rules that keep stock conserved and never negative. JDK only. */
@NullMarked
package dev.agora.inventory.domain;

import org.jspecify.annotations.NullMarked;
