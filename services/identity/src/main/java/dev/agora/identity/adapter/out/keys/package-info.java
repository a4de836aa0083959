/** The RSA keys identity signs tokens with, kept in its database with the private part encrypted. */
@NullMarked
package dev.agora.identity.adapter.out.keys;

import org.jspecify.annotations.NullMarked;
