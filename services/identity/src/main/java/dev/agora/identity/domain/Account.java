package dev.agora.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An account: who signs in, under which e-mail, with which roles. The password is only ever held as a hash, which
 * never leaves identity.
 */
public record Account(
        AccountId id, EmailAddress email, String name, String passwordHash, Set<Role> roles, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (passwordHash.isBlank()) {
            throw new IllegalArgumentException("An account needs a password hash");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account has at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A new customer account: the role everyone who registers gets. */
    public static Account newCustomer(
            AccountId id, EmailAddress email, String name, String passwordHash, Instant createdAt) {
        return new Account(id, email, name, passwordHash, Set.of(Role.CUSTOMER), createdAt);
    }
}
