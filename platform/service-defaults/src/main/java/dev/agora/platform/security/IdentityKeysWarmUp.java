package dev.agora.platform.security;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import dev.agora.platform.warmup.WarmUp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Fetches identity's public keys before the service reports ready: otherwise its first signed-in request waits while
 * they are fetched (a quarter of a second of the first order after {@code ./agora up}). Identity starts beside the
 * other services, so this first waits until identity publishes a key, 30 s at most, and only then asks the key source:
 * its rate limit (two fetches in 10 s) is not spent on a service still starting, nor on an empty set, which would
 * leave the first tokens refused until the limit lets the source fetch again. Identity itself has nothing to fetch.
 */
public final class IdentityKeysWarmUp implements WarmUp {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration PAUSE = Duration.ofMillis(200);
    private static final JWKSelector EVERY_KEY = new JWKSelector(new JWKMatcher.Builder().build());

    private final AccessTokens tokens;
    private final Duration deadline;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public IdentityKeysWarmUp(AccessTokens tokens) {
        this(tokens, DEADLINE);
    }

    IdentityKeysWarmUp(AccessTokens tokens, Duration deadline) {
        this.tokens = tokens;
        this.deadline = deadline;
    }

    @Override
    public void run() throws Exception {
        if (!tokens.usesIdentityKeys()) {
            return;
        }
        URI keys = tokens.properties().jwkSetUri();
        awaitPublished(keys);
        if (tokens.identityKeys().get(EVERY_KEY, null).isEmpty()) {
            throw new IllegalStateException("no signing key could be had from " + keys);
        }
    }

    private void awaitPublished(URI keys) throws Exception {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        HttpRequest request = HttpRequest.newBuilder(keys)
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        while (true) {
            try {
                HttpResponse<String> published = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (published.statusCode() == 200
                        && !JWKSet.parse(published.body()).getKeys().isEmpty()) {
                    return;
                }
            } catch (IOException | ParseException notYet) {
                // identity is not listening yet, or is still making its first key
            }
            if (System.nanoTime() - giveUpAt > 0) {
                throw new TimeoutException("identity published no key at " + keys + " within " + deadline);
            }
            Thread.sleep(PAUSE);
        }
    }
}
