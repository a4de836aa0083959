package dev.agora.identity.application;

import dev.agora.identity.application.port.AccountEvents;
import dev.agora.identity.application.port.FailedSignIns;
import dev.agora.identity.application.port.TokenFamilies;
import dev.agora.identity.domain.AccountId;
import dev.agora.identity.domain.Accounts;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Identity's part of a customer's erasure: the account goes (e-mail, name, password hash, roles, failed sign-ins),
 * every token family is revoked, and identity says so (AccountClosed, then CustomerDataErased), all in one
 * transaction. An account already gone is confirmed all the same: a repeated request changes nothing.
 */
public class CloseAccount {

    private final Accounts accounts;
    private final TokenFamilies tokenFamilies;
    private final FailedSignIns failedSignIns;
    private final AccountEvents events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public CloseAccount(
            Accounts accounts,
            TokenFamilies tokenFamilies,
            FailedSignIns failedSignIns,
            AccountEvents events,
            TransactionOperations transactions,
            Clock clock) {
        this.accounts = accounts;
        this.tokenFamilies = tokenFamilies;
        this.failedSignIns = failedSignIns;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(UUID erasureId, AccountId accountId) {}

    public void close(Command command) {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            accounts.findById(command.accountId()).ifPresent(account -> {
                accounts.remove(account);
                failedSignIns.clear(account.email().value());
                events.closed(account.id(), now);
            });
            tokenFamilies.revokeAll(command.accountId());
            events.erased(command.erasureId(), now);
        });
    }
}
