package dev.agora.system;

import dev.agora.launcher.SignIn;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A seeded user signed in through the gateway, as a browser would, whose access token is renewed by signing in again
 * when it nears its end: a test that runs for minutes never sends an expired token (they live 5 minutes).
 */
final class Session {

    /** Renewed with this much of its life left, so that a request sent with it cannot arrive after it expired. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private final RunningPlatform platform;
    private final String user;
    private @Nullable String token;
    private Instant renewAt = Instant.MIN;

    Session(RunningPlatform platform, String user) {
        this.platform = platform;
        this.user = user;
    }

    String user() {
        return user;
    }

    /** A token valid for a minute at least. */
    synchronized String token() {
        if (token == null || !Instant.now().isBefore(renewAt)) {
            SignIn.Tokens tokens = platform.signInAs(user);
            token = tokens.accessToken();
            renewAt = Instant.now().plusSeconds(tokens.expiresIn()).minus(MARGIN);
        }
        return token;
    }

    /** The {@code Authorization} header's value. */
    String bearer() {
        return "Bearer " + token();
    }

    @Override
    public String toString() {
        return "Session[" + user + "]"; // never the token
    }
}
