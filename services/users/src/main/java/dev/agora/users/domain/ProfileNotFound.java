package dev.agora.users.domain;

/** No profile for this customer: there is none, or the caller may not see it (a foreign profile looks absent). */
public class ProfileNotFound extends RuntimeException {

    public ProfileNotFound() {
        super("No such user.");
    }
}
