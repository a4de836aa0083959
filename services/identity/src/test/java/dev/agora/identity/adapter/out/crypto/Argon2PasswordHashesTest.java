package dev.agora.identity.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHashesTest {

    private final Argon2PasswordHashes hashes = new Argon2PasswordHashes();

    @Test
    void hashes_with_argon2id_at_the_owasp_parameters() {
        assertThat(hashes.hash("correct horse battery staple")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void salts_every_hash_and_verifies_only_the_right_password() {
        String first = hashes.hash("correct horse battery staple");
        String second = hashes.hash("correct horse battery staple");

        assertThat(first).isNotEqualTo(second);
        assertThat(hashes.matches("correct horse battery staple", first)).isTrue();
        assertThat(hashes.matches("correct horse battery stapler", first)).isFalse();
    }
}
