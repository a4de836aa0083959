package dev.agora.identity.adapter.out.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import dev.agora.testing.PostgresDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Signing keys survive a restart (a new instance over the same database) and a rotation keeps the old one a while. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles({"dev", "postgres"})
class PersistedSigningKeysIT {

    // The dev profile's: identity itself, started by this test, stores its first key with it too.
    static final String SECRET = "dev-only-key-encryption-secret-0123456789";
    static final Duration GRACE = Duration.ofMinutes(10);

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("identity_keys");

    @Autowired
    JdbcClient jdbc;

    static JWKSelector byKid(String kid) {
        return new JWKSelector(new JWKMatcher.Builder().keyID(kid).build());
    }

    PersistedSigningKeys keysAt(Instant now, String secret) {
        return new PersistedSigningKeys(jdbc, secret, GRACE, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void a_new_instance_signs_with_the_same_private_key() {
        Instant now = Instant.now();
        PersistedSigningKeys before = keysAt(now, SECRET);
        String kid = before.rotate();

        PersistedSigningKeys afterRestart = keysAt(now, SECRET);

        assertThat(afterRestart.activeKeyId()).isEqualTo(kid);
        RSAKey key = (RSAKey) afterRestart.get(byKid(kid), null).getFirst();
        assertThat(key.isPrivate()).isTrue();
        assertThat(key.toPublicJWK())
                .isEqualTo(((RSAKey) before.get(byKid(kid), null).getFirst()).toPublicJWK());
        assertThat(jdbc.sql("SELECT encrypted_private_jwk FROM signing_keys WHERE kid = :kid")
                        .param("kid", kid)
                        .query(String.class)
                        .single())
                .as("the private key is stored encrypted")
                .doesNotContain("\"d\"");
    }

    @Test
    void a_retired_key_stays_published_for_the_grace_period_only() {
        Instant now = Instant.now();
        String old = keysAt(now, SECRET).rotate();
        String current = keysAt(now, SECRET).rotate();

        assertThat(keysAt(now.plus(GRACE).minusSeconds(1), SECRET).get(byKid(old), null))
                .hasSize(1);
        assertThat(keysAt(now.plus(GRACE).plusSeconds(1), SECRET).get(byKid(old), null))
                .isEmpty();
        assertThat(keysAt(now.plus(Duration.ofDays(400)), SECRET).get(byKid(current), null))
                .hasSize(1);
    }

    @Test
    void the_wrong_secret_is_a_clear_failure() {
        Instant now = Instant.now();
        String kid = keysAt(now, SECRET).rotate();

        assertThatThrownBy(() ->
                        keysAt(now, "another-secret-of-at-least-32-characters").get(byKid(kid), null))
                .hasMessageContaining("agora.identity.key-encryption-secret");
    }
}
