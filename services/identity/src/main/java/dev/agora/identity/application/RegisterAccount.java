package dev.agora.identity.application;

import dev.agora.identity.application.port.PasswordHashes;
import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.AccountId;
import dev.agora.identity.domain.Accounts;
import dev.agora.identity.domain.EmailAddress;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionOperations;

/** Opens a customer account for an e-mail address that has none yet, and announces it in the same transaction. */
public class RegisterAccount {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    /** What a newcomer sends; checked again here, whatever the web layer already checked. */
    public record Command(EmailAddress email, String password, String name) {

        public Command {
            int length = password.codePointCount(0, password.length());
            if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
                throw new IllegalArgumentException(
                        "A password has " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
            }
        }

        @Override
        public String toString() {
            return "Command[email=" + email + ", name=" + name + "]"; // never the password
        }
    }

    private final Accounts accounts;
    private final PasswordHashes passwords;
    private final AnnounceAccounts announcements;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public RegisterAccount(
            Accounts accounts,
            PasswordHashes passwords,
            AnnounceAccounts announcements,
            TransactionOperations transactions,
            Clock clock,
            Supplier<UUID> ids) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.announcements = announcements;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Account register(Command command) {
        Account account = Account.newCustomer(
                new AccountId(ids.get()),
                command.email(),
                command.name(),
                passwords.hash(command.password()),
                clock.instant());
        transactions.executeWithoutResult(status -> {
            accounts.add(account);
            announcements.announce(account);
        });
        return account;
    }
}
