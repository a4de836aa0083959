package dev.agora.identity.application.port;

import dev.agora.identity.domain.Account;

/** What identity tells the other services about its accounts, in the transaction of the change. */
public interface AccountEvents {

    void opened(Account account);
}
