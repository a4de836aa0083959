package dev.agora.mobilebff.adapter.out.http;

import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * The caller's access token, passed on to the service called: the mobile BFF calls in the customer's name, never in its
 * own, so each service decides what the customer may see. A call for a caller without a token goes without one.
 */
public final class CallerToken implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        current().ifPresent(token -> request.getHeaders().setBearerAuth(token));
        return execution.execute(request, body);
    }

    /** The access token the current caller sent, if any. */
    static Optional<String> current() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller instanceof AbstractOAuth2TokenAuthenticationToken<?> token
                ? Optional.of(token.getToken().getTokenValue())
                : Optional.empty();
    }
}
