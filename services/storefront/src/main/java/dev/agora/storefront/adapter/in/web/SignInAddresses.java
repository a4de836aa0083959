package dev.agora.storefront.adapter.in.web;

/**
 * The shop's sign-in addresses, all under the storefront's own paths at the gateway: identity's {@code /oauth2/**}
 * and {@code /login} stay identity's.
 */
public final class SignInAddresses {

    /** The one client registration: identity, as {@code agora-storefront}. */
    public static final String REGISTRATION = "identity";

    /** Where the header's link goes, and where a page that needs a customer sends a visitor. */
    public static final String SIGN_IN = "/sign-in";

    /** Starts the authorization code flow: {@code /sign-in/with/identity} sends the browser to identity's page. */
    public static final String START = "/sign-in/with";

    /** Where identity sends the browser back with the code (registered at identity). */
    public static final String CALLBACK = "/sign-in/callback";

    /** Where a sign-in that did not work ends: a page that says so. */
    public static final String FAILED = "/sign-in/failed";

    public static final String SIGN_UP = "/sign-up";

    /** A form's action (POST, with its CSRF token): a link cannot sign anyone out. */
    public static final String SIGN_OUT = "/sign-out";

    private SignInAddresses() {}
}
