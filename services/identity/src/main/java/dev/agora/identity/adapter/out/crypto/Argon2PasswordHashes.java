package dev.agora.identity.adapter.out.crypto;

import dev.agora.identity.application.port.PasswordHashes;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id at the parameters OWASP recommends as a minimum (m = 19 MiB, t = 2, p = 1), with a 16-byte salt and a
 * 32-byte hash. The parameters travel inside each hash, so raising them later still verifies older hashes.
 */
@Component
public class Argon2PasswordHashes implements PasswordHashes {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }
}
