package dev.agora.identity.application;

import dev.agora.identity.application.port.AccountEvents;
import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.Accounts;
import java.time.Clock;
import java.util.List;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Tells the other services of each account once: in the transaction that opens it, or, for an account opened before
 * (a seed, an account older than the announcements), at the next start.
 */
public class AnnounceAccounts {

    private static final int BATCH = 100;

    private final Accounts accounts;
    private final AccountEvents events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public AnnounceAccounts(Accounts accounts, AccountEvents events, TransactionOperations transactions, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Announces an account in the caller's transaction, which opened it. */
    public void announce(Account account) {
        events.opened(account);
        accounts.markAnnounced(account.id(), clock.instant());
    }

    /** Announces every account not announced yet, a batch per transaction; returns how many. */
    public int announceEarlierAccounts() {
        int announced = 0;
        while (true) {
            Integer count = transactions.execute(status -> {
                List<Account> batch = accounts.unannounced(BATCH);
                batch.forEach(this::announce);
                return batch.size();
            });
            if (count == null || count == 0) {
                return announced;
            }
            announced += count;
        }
    }
}
