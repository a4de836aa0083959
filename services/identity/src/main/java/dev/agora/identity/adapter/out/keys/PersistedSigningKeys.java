package dev.agora.identity.adapter.out.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.agora.identity.application.port.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing keys kept in the identity database, so that a restart (or a second instance) signs with the same key and
 * tokens already issued stay valid. The private half is encrypted (AES-GCM, key derived from the configured secret).
 * Published: the active key, and each retired key until {@code retiredKeyGrace} after its retirement, long enough for
 * every token it signed to expire.
 */
public class PersistedSigningKeys implements SigningKeys, JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(PersistedSigningKeys.class);
    private static final int KEY_SIZE_BITS = 2048;

    private final JdbcClient jdbc;
    private final String encryptionSecret;
    private final Duration retiredKeyGrace;
    private final Clock clock;
    // Decrypting costs a key derivation; a key never changes once stored, so each is decrypted once per instance.
    private final Map<String, JWK> decrypted = new ConcurrentHashMap<>();

    public PersistedSigningKeys(JdbcClient jdbc, String encryptionSecret, Duration retiredKeyGrace, Clock clock) {
        this.jdbc = jdbc;
        this.encryptionSecret = encryptionSecret;
        this.retiredKeyGrace = retiredKeyGrace;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String activeKeyId() {
        return jdbc
                .sql("SELECT kid FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC")
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .orElseGet(this::rotate);
    }

    @Override
    @Transactional
    public String rotate() {
        Instant now = clock.instant();
        RSAKey key = newKey();
        String salt = KeyGenerators.string().generateKey();
        String encrypted = HexFormat.of()
                .formatHex(encryptor(salt).encrypt(key.toJSONString().getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("UPDATE signing_keys SET retired_at = :now WHERE retired_at IS NULL")
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        INSERT INTO signing_keys (kid, public_jwk, encrypted_private_jwk, salt, created_at)
                        VALUES (:kid, :publicJwk, :encrypted, :salt, :now)""")
                .param("kid", key.getKeyID())
                .param("publicJwk", key.toPublicJWK().toJSONString())
                .param("encrypted", encrypted)
                .param("salt", salt)
                .param("now", Timestamp.from(now))
                .update();
        log.atInfo().addKeyValue("kid", key.getKeyID()).log("New signing key active");
        return key.getKeyID();
    }

    /** The published keys, private halves included (the JWKS endpoint publishes only the public ones). */
    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        Instant publishedSince = clock.instant().minus(retiredKeyGrace);
        List<JWK> keys = jdbc.sql("""
                        SELECT kid, encrypted_private_jwk, salt FROM signing_keys
                        WHERE retired_at IS NULL OR retired_at > :since ORDER BY created_at DESC""")
                .param("since", Timestamp.from(publishedSince))
                .query((row, number) -> {
                    String encrypted = row.getString("encrypted_private_jwk");
                    String salt = row.getString("salt");
                    return decrypted.computeIfAbsent(row.getString("kid"), kid -> decrypt(encrypted, salt));
                })
                .list();
        return selector.select(new JWKSet(keys));
    }

    private JWK decrypt(String encrypted, String salt) {
        try {
            byte[] json = encryptor(salt).decrypt(HexFormat.of().parseHex(encrypted));
            return RSAKey.parse(new String(json, StandardCharsets.UTF_8));
        } catch (ParseException | IllegalStateException wrongSecret) {
            throw new IllegalStateException(
                    "Cannot decrypt a signing key: is agora.identity.key-encryption-secret the one it was stored with?",
                    wrongSecret);
        }
    }

    private BytesEncryptor encryptor(String salt) {
        return Encryptors.stronger(encryptionSecret, salt);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(KEY_SIZE_BITS)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make an RSA key", e);
        }
    }
}
