/** Accounts stored in identity's own database through JDBC. */
@NullMarked
package dev.agora.identity.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
