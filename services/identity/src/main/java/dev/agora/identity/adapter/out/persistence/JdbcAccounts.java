package dev.agora.identity.adapter.out.persistence;

import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.AccountAlreadyExists;
import dev.agora.identity.domain.AccountId;
import dev.agora.identity.domain.Accounts;
import dev.agora.identity.domain.EmailAddress;
import dev.agora.identity.domain.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts in identity's own database; the unique e-mail column settles two registrations racing for one address. */
@Repository
public class JdbcAccounts implements Accounts {

    private static final String SELECT = "SELECT id, email, name, password_hash, created_at FROM accounts";

    private final JdbcClient jdbc;

    public JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(Account account) {
        try {
            jdbc.sql("""
                            INSERT INTO accounts (id, email, name, password_hash, created_at)
                            VALUES (:id, :email, :name, :hash, :createdAt)""")
                    .param("id", account.id().value())
                    .param("email", account.email().value())
                    .param("name", account.name())
                    .param("hash", account.passwordHash())
                    .param("createdAt", Timestamp.from(account.createdAt()))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new AccountAlreadyExists();
        }
        for (Role role : account.roles()) {
            jdbc.sql("INSERT INTO account_roles (account_id, role) VALUES (:id, :role)")
                    .param("id", account.id().value())
                    .param("role", role.name())
                    .update();
        }
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return find("id = :key", id.value());
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return find("email = :key", email.value());
    }

    @Override
    public List<Account> unannounced(int limit) {
        return jdbc.sql(SELECT + " WHERE announced_at IS NULL ORDER BY created_at, id LIMIT :limit")
                .param("limit", limit)
                .query(this::account)
                .list();
    }

    @Override
    public void markAnnounced(AccountId id, Instant at) {
        jdbc.sql("UPDATE accounts SET announced_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id.value())
                .update();
    }

    private Optional<Account> find(String condition, Object key) {
        return jdbc.sql(SELECT + " WHERE " + condition)
                .param("key", key)
                .query(this::account)
                .optional();
    }

    private Account account(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        return new Account(
                new AccountId(id),
                new EmailAddress(row.getString("email")),
                row.getString("name"),
                row.getString("password_hash"),
                roles(id),
                row.getTimestamp("created_at").toInstant());
    }

    private Set<Role> roles(UUID account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_roles WHERE account_id = :id")
                .param("id", account)
                .query(String.class)
                .list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    @Override
    public void remove(Account account) {
        jdbc.sql("DELETE FROM accounts WHERE id = ?")
                .param(account.id().value())
                .update();
    }
}
