package dev.agora.identity.application.port;

import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.AccountId;
import java.time.Instant;
import java.util.UUID;

/** What identity tells the other services about its accounts, in the transaction of the change. */
public interface AccountEvents {

    void opened(Account account);

    void closed(AccountId id, Instant at);

    /** Identity's part of an erasure is done (CustomerDataErased, which names the erasure, not the customer). */
    void erased(UUID erasureId, Instant at);
}
