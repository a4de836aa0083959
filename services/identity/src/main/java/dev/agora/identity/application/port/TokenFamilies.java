package dev.agora.identity.application.port;

import dev.agora.identity.domain.AccountId;

/** The authorizations identity granted (each a family: an access token and its rotating refresh token). */
public interface TokenFamilies {

    /**
     * Revokes every family of this account: no refresh token of theirs works any more. An access token already issued
     * lives until it expires (minutes): services check its signature, not identity.
     */
    void revokeAll(AccountId account);
}
