package dev.agora.identity.adapter.in.signin;

import dev.agora.identity.domain.Accounts;
import dev.agora.identity.domain.EmailAddress;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the account behind a typed e-mail. The user's name is the account id, so that tokens carry it as {@code sub}:
 * an id that never changes, where an e-mail might.
 */
public class AccountUserDetails implements UserDetailsService {

    private final Accounts accounts;

    public AccountUserDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (!EmailAddress.isPlausible(email)) {
            throw new UsernameNotFoundException("No account");
        }
        return accounts.findByEmail(new EmailAddress(email))
                .map(account -> User.withUsername(account.id().toString())
                        .password(account.passwordHash())
                        .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
