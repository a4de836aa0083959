package dev.agora.identity.application.port;

/** Turns a password into a hash that can be checked later but not reversed. */
public interface PasswordHashes {

    String hash(String password);

    boolean matches(String password, String hash);
}
