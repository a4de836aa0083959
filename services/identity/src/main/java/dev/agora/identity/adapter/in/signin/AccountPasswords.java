package dev.agora.identity.adapter.in.signin;

import dev.agora.identity.application.port.PasswordHashes;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring Security checks passwords (and client secrets) with the same Argon2id hashes accounts are stored with. */
public class AccountPasswords implements PasswordEncoder {

    private final PasswordHashes hashes;

    public AccountPasswords(PasswordHashes hashes) {
        this.hashes = hashes;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashes.hash(rawPassword.toString());
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return hashes.matches(rawPassword.toString(), encodedPassword);
    }
}
