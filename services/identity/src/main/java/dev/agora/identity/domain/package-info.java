/** Accounts, their e-mail addresses and roles. Plain Java only. */
@NullMarked
package dev.agora.identity.domain;

import org.jspecify.annotations.NullMarked;
