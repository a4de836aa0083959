package dev.agora.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An issuer for the tests of one service: its own RSA key, its JWKS served over real HTTP on 127.0.0.1, tokens with
 * any claims, and the forgeries a service must refuse. System tests use identity itself; this is for the checks that
 * need a token no honest issuer would sign (expired, wrong issuer, wrong audience). Register it as a static
 * {@code @RegisterExtension} field: it stops after the test class.
 */
public final class TestIssuer implements AutoCloseable, AfterAllCallback, SpringFixture {

    public static final String ISSUER = "http://issuer.agora.test";
    public static final String AUDIENCE = "agora-api";

    private volatile RSAKey key;
    private final List<RSAKey> retired = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final AtomicInteger jwksRequests = new AtomicInteger();

    private TestIssuer(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    public static TestIssuer start() {
        try {
            RSAKey key = newKey("test-key-1");
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestIssuer issuer = new TestIssuer(key, server);
            server.createContext("/oauth2/jwks", exchange -> {
                issuer.jwksRequests.incrementAndGet();
                byte[] body = issuer.publishedKeys().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a service under test should fetch the keys: {@code agora.security.jwk-set-uri}. */
    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
    }

    /** The properties that make a service trust this issuer (given to a Spring test by {@link SpringFixtures}). */
    @Override
    public Map<String, String> properties() {
        return Map.of("agora.security.issuer", ISSUER, "agora.security.jwk-set-uri", jwkSetUri());
    }

    public int jwksRequests() {
        return jwksRequests.get();
    }

    /** Signs from now on with a new key (a new {@code kid}); the old one stays published, as identity does. */
    public void rotateKey() {
        retired.add(key);
        key = newKey("test-key-" + (retired.size() + 1));
    }

    private JWKSet publishedKeys() {
        List<JWK> keys = new ArrayList<>();
        keys.add(key.toPublicJWK());
        retired.forEach(old -> keys.add(old.toPublicJWK()));
        return new JWKSet(keys);
    }

    /** A valid access token for {@code subject} with these roles. */
    public String token(String subject, String... roles) {
        return token(claims -> claims.subject(subject).claim("roles", List.of(roles)));
    }

    /** A token signed with the issuer's key, with valid claims changed by {@code change}. */
    public String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(key, JWSAlgorithm.RS256, change.apply(validClaims()).build());
    }

    /** Every kind of token a service must refuse, by name, for a caller who would otherwise be allowed. */
    public Map<String, String> forgeries(String subject, String... roles) {
        UnaryOperator<JWTClaimsSet.Builder> caller =
                claims -> claims.subject(subject).claim("roles", List.of(roles));
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put(
                "expired",
                token(claims -> caller.apply(claims)
                        .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))))
                        .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))));
        forged.put(
                "not yet valid",
                token(claims -> caller.apply(claims)
                        .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))));
        forged.put("no expiry", token(claims -> caller.apply(claims).expirationTime(null)));
        forged.put("wrong issuer", token(claims -> caller.apply(claims).issuer("http://evil.example")));
        forged.put("wrong audience", token(claims -> caller.apply(claims).audience("another-api")));
        forged.putAll(forgeriesWithoutTheKey(token(caller), key));
        return forged;
    }

    /**
     * The forgeries anyone can make from a genuine token and the issuer's public key, without its private key: what
     * system tests throw at a platform whose identity service signs the genuine token.
     */
    public static Map<String, String> forgeriesWithoutTheKey(String genuine, RSAKey publicKey) {
        try {
            SignedJWT parsed = SignedJWT.parse(genuine);
            JWTClaimsSet claims = parsed.getJWTClaimsSet();
            String kid = parsed.getHeader().getKeyID();
            Map<String, String> forged = new LinkedHashMap<>();
            forged.put("signed by another key", sign(newKey(kid), JWSAlgorithm.RS256, claims));
            forged.put("unknown key id", sign(newKey("kid-" + UUID.randomUUID()), JWSAlgorithm.RS256, claims));
            forged.put("alg none", new PlainJWT(claims).serialize());
            byte[] publicKeyBytes = publicKey.toRSAPublicKey().getEncoded();
            SignedJWT hmac = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
            hmac.sign(new MACSigner(publicKeyBytes));
            forged.put("HS256 signed with the public key", hmac.serialize());
            forged.put("tampered payload", tamper(genuine));
            forged.put("not a JWT", "not-a-token");
            return forged;
        } catch (java.text.ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot forge tokens from " + genuine, e);
        }
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private static JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    /** The genuine token with one more role in its payload, the signature left as it was. */
    private static String tamper(String genuine) {
        String[] parts = genuine.split("\\.");
        Base64.Decoder decoder = Base64.getUrlDecoder();
        String payload = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8);
        String escalated = payload.replaceFirst("\"roles\":\\[", "\"roles\":[\"ADMIN\",");
        if (escalated.equals(payload)) {
            escalated = payload.replaceFirst("\\{", "{\"roles\":[\"ADMIN\"],");
        }
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(escalated.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }

    private static String sign(RSAKey key, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
