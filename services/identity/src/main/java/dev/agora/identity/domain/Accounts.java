package dev.agora.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every account identity knows. */
public interface Accounts {

    /** Adds a new account; fails with {@link AccountAlreadyExists} when its e-mail is taken, even in a race. */
    void add(Account account);

    Optional<Account> findById(AccountId id);

    Optional<Account> findByEmail(EmailAddress email);

    /** Accounts that the other services have not been told of yet, oldest first. */
    List<Account> unannounced(int limit);

    void markAnnounced(AccountId id, Instant at);

    /** Removes the account and its roles. */
    void remove(Account account);
}
