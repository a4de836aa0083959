package dev.agora.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code ./agora token}: a fresh access token for a seeded user, through the real sign-in flow. */
final class TokenCommand extends Command {

    /** The development accounts identity seeds (services/identity application.yml, dev profile). */
    static final Map<String, String> SEEDED_PASSWORDS =
            Map.of("alice", "alice-password", "bob", "bob-password", "admin", "admin-password");

    /** Where the gateway is when this launcher did not start one: the pods of kube up, or a port-forward. */
    static final URI USUAL_GATEWAY = URI.create("http://127.0.0.1:8080");

    private static final Usage USAGE = new Usage("token USER", """
            print a fresh access token for a seeded user (alice, bob or admin), obtained by signing in through the
            gateway (authorization code + PKCE): curl -H "Authorization: Bearer $(./agora token alice)" ...
            """, List.of(), 1, 1);

    TokenCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        String user = arguments.words().getFirst();
        if (!SEEDED_PASSWORDS.containsKey(user)) {
            throw new UsageError("no seeded user '" + user + "': alice, bob or admin (the development accounts).");
        }
        URI gateway = new Platform(home, Duration.ZERO, out)
                .running("gateway")
                .map(service -> service.spec().url())
                .orElse(USUAL_GATEWAY);
        try {
            SignIn.Tokens tokens = new SignIn(gateway).withPassword(user + "@agora.test", SEEDED_PASSWORDS.get(user));
            out.println(tokens.accessToken());
            return 0;
        } catch (SignIn.Refused refused) {
            throw failure(user, gateway, refused);
        }
    }

    /** What the user can do about a refused sign-in. */
    static LaunchFailure failure(String user, URI gateway, SignIn.Refused refused) {
        if (refused.nothingAnswered()) {
            return new LaunchFailure("nothing answers at " + gateway + " — start Agora with ./agora up (or ./agora"
                    + " kube up, or port-forward a cluster's gateway to 127.0.0.1:8080).");
        }
        String hint = switch (refused.status()) {
            case 503 -> " Is Agora ready? See ./agora status.";
            case 429 ->
                " The gateway allows 5 sign-ins a minute from one address: keep a token in a variable"
                        + " (TOKEN=$(./agora token " + user + ")) and reuse it; it is valid for 5 minutes.";
            default -> "";
        };
        return new LaunchFailure("Cannot sign in as " + user + ": " + refused.getMessage() + hint);
    }
}
