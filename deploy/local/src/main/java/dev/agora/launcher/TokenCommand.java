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

    /** Where the password of an account named by its e-mail address is read from (never from the command line). */
    static final String PASSWORD_VARIABLE = "AGORA_PASSWORD";

    private static final Usage USAGE = new Usage("token USER", """
            print a fresh access token for a seeded user (alice, bob or admin), obtained by signing in through the
            gateway (authorization code + PKCE): curl -H "Authorization: Bearer $(./agora token alice)" ...
            USER may also be the e-mail address of any account, its password in the environment variable
            AGORA_PASSWORD (bench/checkout signs its own customers in so).
            """, List.of(), 1, 1);

    TokenCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        String user = arguments.words().getFirst();
        String email;
        String password;
        if (SEEDED_PASSWORDS.containsKey(user)) {
            email = user + "@agora.test";
            password = SEEDED_PASSWORDS.get(user);
        } else if (user.contains("@")) {
            email = user;
            password = System.getenv(PASSWORD_VARIABLE);
            if (password == null || password.isEmpty()) {
                throw new UsageError("no password for " + user + ": put it in the environment variable "
                        + PASSWORD_VARIABLE + " (a seeded user needs none: alice, bob or admin).");
            }
        } else {
            throw new UsageError("no seeded user '" + user + "': alice, bob or admin (the development accounts),"
                    + " or an account's e-mail address with its password in " + PASSWORD_VARIABLE + ".");
        }
        URI gateway = new Platform(home, Duration.ZERO, out)
                .running("gateway")
                .map(service -> service.spec().url())
                .orElse(USUAL_GATEWAY);
        try {
            SignIn.Tokens tokens = new SignIn(gateway).withPassword(email, password);
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
