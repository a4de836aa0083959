/** Signing in with an e-mail and a password: the login page, the account lookup, throttling. */
@NullMarked
package dev.agora.identity.adapter.in.signin;

import org.jspecify.annotations.NullMarked;
