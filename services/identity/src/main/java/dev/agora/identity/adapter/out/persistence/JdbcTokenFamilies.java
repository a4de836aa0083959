package dev.agora.identity.adapter.out.persistence;

import dev.agora.identity.application.port.TokenFamilies;
import dev.agora.identity.domain.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Spring Authorization Server's authorizations, whose principal is the account id (the tokens' {@code sub}). */
@Repository
class JdbcTokenFamilies implements TokenFamilies {

    private final JdbcClient jdbc;

    JdbcTokenFamilies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void revokeAll(AccountId account) {
        jdbc.sql("""
                        DELETE FROM used_refresh_tokens WHERE authorization_id IN
                            (SELECT id FROM oauth2_authorization WHERE principal_name = :account)""").param("account", account.value().toString()).update();
        jdbc.sql("DELETE FROM oauth2_authorization WHERE principal_name = :account")
                .param("account", account.value().toString())
                .update();
    }
}
