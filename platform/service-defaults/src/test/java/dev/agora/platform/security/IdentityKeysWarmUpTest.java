package dev.agora.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import dev.agora.testing.ClosedPort;
import dev.agora.testing.TestIssuer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class IdentityKeysWarmUpTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    /** Identity as it starts: 503 while it starts, then an empty key set until its first key is made, then keys. */
    enum Stage {
        STARTING,
        MAKING_ITS_FIRST_KEY,
        STARTED
    }

    private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.STARTING);

    private final AtomicInteger asked = new AtomicInteger();
    private HttpServer identity;

    @AfterEach
    void stopIdentity() {
        if (identity != null) {
            identity.stop(0);
        }
    }

    @Test
    void the_keys_are_fetched_once_identity_has_started_so_the_first_token_check_fetches_nothing() throws Exception {
        AccessTokens tokens = tokensFrom(startIdentity());
        JwtDecoder decoder = tokens.decoder(tokens.identityKeys());

        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(() -> run(new IdentityKeysWarmUp(tokens)));
        await().atMost(Duration.ofSeconds(10)).until(() -> asked.get() >= 2);
        assertThat(warmUp).as("waits while identity is starting").isNotDone();
        stage.set(Stage.MAKING_ITS_FIRST_KEY);
        int beforeEmptySets = asked.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> asked.get() >= beforeEmptySets + 2);
        assertThat(warmUp).as("waits while identity publishes no key").isNotDone();
        stage.set(Stage.STARTED);
        warmUp.get(10, TimeUnit.SECONDS);
        int afterWarmUp = asked.get();

        assertThat(decoder.decode(ISSUER.token("alice-id", "CUSTOMER")).getSubject())
                .isEqualTo("alice-id");
        assertThat(asked.get())
                .as("requests to identity by the first token check")
                .isEqualTo(afterWarmUp);
    }

    @Test
    void the_warm_up_gives_up_when_identity_never_publishes_its_keys() {
        AccessTokens tokens = tokensFrom(URI.create("http://127.0.0.1:" + ClosedPort.find() + "/oauth2/jwks"));
        tokens.identityKeys();

        assertThatThrownBy(() -> new IdentityKeysWarmUp(tokens, Duration.ofMillis(500)).run())
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("/oauth2/jwks");
    }

    @Test
    void a_service_that_checks_tokens_with_keys_of_its_own_asks_identity_nothing() throws Exception {
        AccessTokens tokens = tokensFrom(startIdentity());
        stage.set(Stage.STARTED);

        new IdentityKeysWarmUp(tokens).run();

        assertThat(asked.get()).isZero();
    }

    private URI startIdentity() throws IOException {
        identity = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        identity.createContext("/oauth2/jwks", exchange -> {
            asked.incrementAndGet();
            if (stage.get() == Stage.STARTING) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            JWKSet published = stage.get() == Stage.STARTED ? new JWKSet(ISSUER.publicKey()) : new JWKSet();
            byte[] body = published.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        identity.start();
        return URI.create("http://127.0.0.1:" + identity.getAddress().getPort() + "/oauth2/jwks");
    }

    private static AccessTokens tokensFrom(URI jwkSetUri) {
        return new AccessTokens(
                new AccessTokenProperties(TestIssuer.ISSUER, TestIssuer.AUDIENCE, jwkSetUri, Duration.ofSeconds(30)));
    }

    private static void run(IdentityKeysWarmUp warmUp) {
        try {
            warmUp.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
