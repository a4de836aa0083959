package dev.agora.launcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs in the way a browser or mobile app does, with no back door: the authorization code flow with PKCE for a public
 * client ({@code agora-web} unless told), through the sign-in page and its CSRF token, then the code exchanged for
 * tokens. Used by {@code ./agora token} and by the tests.
 */
public final class SignIn {

    /** A public client that signs customers in: its id, and where identity sends the code back. */
    public record Client(String id, String redirectUri) {

        /** The browser app. */
        public static final Client WEB = new Client("agora-web", "http://127.0.0.1:8080/callback");

        /** The mobile app, sent back to a private-use URI scheme that only the app opens on the phone (RFC 8252). */
        public static final Client MOBILE = new Client("agora-mobile", "dev.agora.mobile:/oauth2redirect");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the token endpoint answered. */
    public record Tokens(String accessToken, String refreshToken, String idToken, long expiresIn) {

        @Override
        public String toString() {
            return "Tokens[expiresIn=" + expiresIn + "]"; // never the tokens themselves
        }
    }

    /** Why a sign-in did not end with tokens, with the status, body and {@code Retry-After} that said so. */
    public static final class Refused extends RuntimeException {

        /** The status of a sign-in that got no answer at all: nothing listens where it was sent. */
        static final int NO_ANSWER = 0;

        private final int status;
        private final String body;
        private final String retryAfter;

        Refused(String message, int status) {
            this(message, status, "", "");
        }

        Refused(String message, int status, String body, String retryAfter) {
            super(message);
            this.status = status;
            this.body = body;
            this.retryAfter = retryAfter;
        }

        /** Whether nothing answered at all (no server, a closed port), rather than a server refusing. */
        public boolean nothingAnswered() {
            return status == NO_ANSWER;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        /** The seconds to wait before trying again, when the answer said; else empty. */
        public String retryAfter() {
            return retryAfter;
        }
    }

    private final URI base;
    private final Client client;
    private final HttpClient http;

    /** {@code base}: where identity's endpoints are, the gateway ({@code http://127.0.0.1:8080}) or identity itself. */
    public SignIn(URI base) {
        this(base, Client.WEB);
    }

    public SignIn(URI base, Client client) {
        this.base = base;
        this.client = client;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public Tokens withPassword(String email, String password) {
        String verifier = randomText(32);
        String state = randomText(16);
        String authorize = "/oauth2/authorize?"
                + form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        client.id(),
                        "redirect_uri",
                        client.redirectUri(),
                        "scope",
                        "openid",
                        "state",
                        state,
                        "code_challenge",
                        challengeOf(verifier),
                        "code_challenge_method",
                        "S256"));

        HttpResponse<String> toLogin = get(base.resolve(authorize));
        URI loginPage = redirectOf(toLogin, "the authorization endpoint");
        HttpResponse<String> page = get(loginPage);
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new Refused("The sign-in page did not load (" + page.statusCode() + ")", page.statusCode());
        }

        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("email", email);
        credentials.put("password", password);
        credentials.put("_csrf", csrf.group(1));
        HttpResponse<String> signedIn = postForm(loginPage, credentials);
        if (signedIn.statusCode() == 429) {
            String retryAfter = signedIn.headers().firstValue("Retry-After").orElse("");
            // Identity's throttle (failed sign-ins for this e-mail) or the gateway's limit (sign-ins from this
            // address).
            Matcher detail = Pattern.compile("\"detail\":\"([^\"]*)\"").matcher(signedIn.body());
            String why = detail.find() ? detail.group(1) : "Too many sign-ins for " + email;
            throw new Refused(why + " (try again in " + retryAfter + " s)", 429, signedIn.body(), retryAfter);
        }
        URI backToAuthorize = redirectOf(signedIn, "the sign-in form");
        if (backToAuthorize.getPath().endsWith("/login")) {
            throw new Refused("The e-mail or the password is wrong", 401, backToAuthorize.toString(), "");
        }

        URI callback = redirectOf(get(backToAuthorize), "the authorization endpoint after sign-in");
        Map<String, String> answer = queryOf(callback);
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new Refused("No authorization code came back: " + callback, 400);
        }

        return tokens(Map.of(
                "grant_type", "authorization_code",
                "code", answer.get("code"),
                "redirect_uri", client.redirectUri(),
                "client_id", client.id(),
                "code_verifier", verifier));
    }

    /** Exchanges a refresh token for new tokens (a new refresh token too: the old one is used up). */
    public Tokens refresh(String refreshToken) {
        return tokens(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", client.id()));
    }

    private Tokens tokens(Map<String, String> request) {
        HttpResponse<String> response = postForm(base.resolve("/oauth2/token"), request);
        if (response.statusCode() != 200) {
            throw new Refused("The token endpoint refused: " + response.body(), response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        return new Tokens(
                body.path("access_token").asString(),
                body.path("refresh_token").asString(""),
                body.path("id_token").asString(""),
                body.path("expires_in").asLong());
    }

    private HttpResponse<String> get(URI uri) {
        return send(
                HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build());
    }

    private HttpResponse<String> postForm(URI uri, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Refused("nothing answers at " + base, Refused.NO_ANSWER);
        } catch (IOException e) {
            throw new Refused("Cannot reach " + base + ": " + e, 503);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("Interrupted", 503);
        }
    }

    private URI redirectOf(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 3) {
            throw new Refused(
                    what + " answered " + response.statusCode() + " instead of a redirect: " + response.body(),
                    response.statusCode());
        }
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new Refused(what + " redirected nowhere", response.statusCode()));
        return response.uri().resolve(location);
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(
                            pair.substring(0, equals),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
