/** Password hashing with Argon2id. */
@NullMarked
package dev.agora.identity.adapter.out.crypto;

import org.jspecify.annotations.NullMarked;
