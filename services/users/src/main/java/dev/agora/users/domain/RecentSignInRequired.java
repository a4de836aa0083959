package dev.agora.users.domain;

/** An erasure needs a fresh proof that the customer is who they say: a sign-in within the last few minutes. */
public class RecentSignInRequired extends RuntimeException {

    public RecentSignInRequired(String message) {
        super(message);
    }
}
