package dev.agora.identity.domain;

/** Registering an e-mail address that an account already uses. */
public class AccountAlreadyExists extends RuntimeException {

    public AccountAlreadyExists() {
        super("An account with this e-mail address already exists.");
    }
}
