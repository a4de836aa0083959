package dev.agora.storefront.adapter.out.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signs in a customer who has just opened their account from the shop's sign-up form, with the e-mail and password
 * they typed there, so that they do not type them again. It goes the way their browser would, with no back door: the
 * authorization code flow with PKCE through identity's sign-in page and its CSRF token, then the code exchanged by
 * Spring Security's provider, as for any sign-in (the ID token and its nonce checked). The password goes to identity
 * only; the browser gets the storefront's session, never a token.
 */
public final class PasswordSignIn {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ServiceApi identity;
    private final String identityAddress;
    private final ClientRegistration registration;
    private final OAuth2AuthorizationRequestResolver authorizations;
    private final AuthenticationProvider codes;

    /**
     * @param identityAddress where identity answers the storefront ({@code http://identity} among the instances
     *     listed, or a plain address): the authorization endpoint's public address is the gateway's, for browsers
     * @param authorizations makes the authorization request (state, nonce, PKCE), as for a sign-in from the header
     * @param codes exchanges the code and checks the ID token, as for a sign-in from the header
     */
    public PasswordSignIn(
            ServiceApi identity,
            String identityAddress,
            ClientRegistration registration,
            OAuth2AuthorizationRequestResolver authorizations,
            AuthenticationProvider codes) {
        this.identity = identity;
        this.identityAddress = identityAddress;
        this.registration = registration;
        this.authorizations = authorizations;
        this.codes = codes;
    }

    /**
     * The customer's sign-in, their tokens and who they are, ready to be kept in their session.
     *
     * @throws SignInFailed when identity did not sign them in (a wrong password, too many attempts, not answering)
     */
    public OAuth2LoginAuthenticationToken signIn(HttpServletRequest request, String email, String password) {
        OAuth2AuthorizationRequest authorization = authorizations.resolve(request, registration.getRegistrationId());
        if (authorization == null) {
            throw new SignInFailed("no authorization request for " + registration.getRegistrationId());
        }
        Browser browser = new Browser();
        URI signInPage = browser.redirectOf(
                browser.get(URI.create(authorization.getAuthorizationRequestUri())), "the authorization endpoint");
        Answer page = browser.get(signInPage);
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        if (page.status() != 200 || !csrf.find()) {
            throw new SignInFailed("identity's sign-in page did not load (" + page.status() + ")");
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("email", email);
        form.add("password", password);
        form.add("_csrf", csrf.group(1));
        URI backToAuthorization = browser.redirectOf(browser.post(signInPage, form), "the sign-in form");
        if (backToAuthorization.getPath().equals(signInPage.getPath())) {
            throw new SignInFailed("identity refused the e-mail and password");
        }
        URI callback = browser.redirectOf(browser.get(backToAuthorization), "the authorization endpoint");
        Map<String, String> answer = queryOf(callback);
        if (answer.get("code") == null) {
            throw new SignInFailed("no authorization code came back: " + answer.getOrDefault("error", "no error"));
        }
        OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success(answer.get("code"))
                .redirectUri(authorization.getRedirectUri())
                .state(answer.get("state"))
                .build();
        return (OAuth2LoginAuthenticationToken) codes.authenticate(new OAuth2LoginAuthenticationToken(
                registration, new OAuth2AuthorizationExchange(authorization, response)));
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(uri)
                .build()
                .getQueryParams()
                .forEach((name, values) -> parameters.put(
                        name, values.isEmpty() ? "" : URLDecoder.decode(values.getFirst(), StandardCharsets.UTF_8)));
        return parameters;
    }

    /** What one step answered. */
    private record Answer(int status, @Nullable String location, String body) {}

    /**
     * A browser of one sign-in: it keeps identity's cookies (its sign-in session) from one step to the next and
     * follows no redirect by itself, so that the last one, to the storefront with the code, is read instead.
     */
    private final class Browser {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        Answer get(URI address) {
            return send(identity.client().get().uri(atIdentity(address)).accept(MediaType.TEXT_HTML));
        }

        Answer post(URI address, MultiValueMap<String, String> form) {
            return send(identity.client()
                    .post()
                    .uri(atIdentity(address))
                    .accept(MediaType.TEXT_HTML)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form));
        }

        URI redirectOf(Answer answer, String step) {
            if (answer.status() / 100 != 3 || answer.location() == null) {
                throw new SignInFailed(step + " answered " + answer.status() + " instead of a redirect");
            }
            return URI.create(answer.location());
        }

        /** The same path and query at the address identity answers the storefront at (identity names its own). */
        private URI atIdentity(URI address) {
            return URI.create(identityAddress
                    + address.getRawPath()
                    + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery()));
        }

        private Answer send(RestClient.RequestHeadersSpec<?> request) {
            if (!cookies.isEmpty()) {
                request.header(
                        HttpHeaders.COOKIE,
                        cookies.entrySet().stream()
                                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                .collect(Collectors.joining("; ")));
            }
            try {
                return request.exchange((sent, received) -> {
                    for (String cookie : received.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
                        String pair = cookie.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        if (equals > 0) {
                            cookies.put(
                                    pair.substring(0, equals).strip(),
                                    pair.substring(equals + 1).strip());
                        }
                    }
                    return new Answer(
                            received.getStatusCode().value(),
                            received.getHeaders().getFirst(HttpHeaders.LOCATION),
                            new String(received.getBody().readAllBytes(), StandardCharsets.UTF_8));
                });
            } catch (RuntimeException failure) {
                throw new SignInFailed("identity did not answer: " + failure.getMessage());
            }
        }
    }

    /** Identity did not sign the customer in: they sign in from its page instead. */
    public static final class SignInFailed extends RuntimeException {

        SignInFailed(String message) {
            super(message);
        }
    }
}
