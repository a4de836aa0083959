package dev.agora.storefront.application.port;

import dev.agora.storefront.domain.Customer;

/** Customers' accounts, which identity keeps: opened from the shop's sign-up form, read once a customer signs in. */
public interface CustomerAccounts {

    /**
     * Opens an account.
     *
     * @throws FieldsRefused when identity refuses it (an e-mail already taken, a password too short), saying why
     */
    void open(NewAccount account);

    /** The account an access token was issued to. */
    Customer signedIn(String accessToken);

    /** Ends a sign-in at identity: the refresh token is revoked (an access token lives on until it expires). */
    void signOut(String refreshToken);

    /** What the sign-up form asks for. */
    record NewAccount(String name, String email, String password) {

        @Override
        public String toString() {
            return "NewAccount[name=" + name + ", email=" + email + "]"; // never the password
        }
    }
}
