package dev.agora.identity.application;

import dev.agora.identity.application.port.PasswordHashes;
import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.AccountId;
import dev.agora.identity.domain.Accounts;
import dev.agora.identity.domain.EmailAddress;
import dev.agora.identity.domain.Role;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Opens the accounts a development platform starts with, once: an account that exists is left as it is. */
public class SeedAccounts {

    /** One account to seed. */
    public record Seed(EmailAddress email, String password, String name, Role role) {

        @Override
        public String toString() {
            return "Seed[email=" + email + ", role=" + role + "]"; // never the password
        }
    }

    private final Accounts accounts;
    private final PasswordHashes passwords;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public SeedAccounts(Accounts accounts, PasswordHashes passwords, Clock clock, Supplier<UUID> ids) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.ids = ids;
    }

    /** Returns how many accounts it opened. */
    public int seed(List<Seed> seeds) {
        int opened = 0;
        for (Seed seed : seeds) {
            if (accounts.findByEmail(seed.email()).isEmpty()) {
                accounts.add(new Account(
                        new AccountId(ids.get()),
                        seed.email(),
                        seed.name(),
                        passwords.hash(seed.password()),
                        Set.of(seed.role()),
                        clock.instant()));
                opened++;
            }
        }
        return opened;
    }
}
