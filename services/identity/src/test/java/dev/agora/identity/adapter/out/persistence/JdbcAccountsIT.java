package dev.agora.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.AccountAlreadyExists;
import dev.agora.identity.domain.AccountId;
import dev.agora.identity.domain.Accounts;
import dev.agora.identity.domain.EmailAddress;
import dev.agora.identity.domain.Role;
import dev.agora.testing.PostgresDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Accounts, and identity's Flyway migrations, on the real PostgreSQL the postgres profile runs on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles({"dev", "postgres"})
class JdbcAccountsIT {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("identity");

    @Autowired
    Accounts accounts;

    static Account account(String email, Set<Role> roles) {
        return new Account(
                new AccountId(UUID.randomUUID()),
                new EmailAddress(email),
                "Someone",
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
                roles,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void keeps_an_account_with_its_roles() {
        Account admin = account("root@agora.test", Set.of(Role.ADMIN, Role.CUSTOMER));
        accounts.add(admin);

        assertThat(accounts.findById(admin.id())).contains(admin);
        assertThat(accounts.findByEmail(new EmailAddress("ROOT@agora.test"))).contains(admin);
    }

    @Test
    void refuses_a_taken_email_through_the_unique_column() {
        accounts.add(account("taken@agora.test", Set.of(Role.CUSTOMER)));

        assertThatThrownBy(() -> accounts.add(account("taken@agora.test", Set.of(Role.CUSTOMER))))
                .isInstanceOf(AccountAlreadyExists.class);
    }
}
