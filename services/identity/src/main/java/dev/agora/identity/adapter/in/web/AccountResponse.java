package dev.agora.identity.adapter.in.web;

import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as its owner sees it: never the password or its hash. */
public record AccountResponse(UUID id, String email, String name, List<String> roles, Instant createdAt) {

    static AccountResponse of(Account account) {
        return new AccountResponse(
                account.id().value(),
                account.email().value(),
                account.name(),
                account.roles().stream().map(Role::name).sorted().toList(),
                account.createdAt());
    }
}
