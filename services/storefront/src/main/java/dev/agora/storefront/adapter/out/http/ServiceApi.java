package dev.agora.storefront.adapter.out.http;

import dev.agora.platform.http.ServiceApiClients;
import dev.agora.platform.resilience.OutboundCall;
import dev.agora.storefront.application.port.ServiceUnavailable;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * One service's public API, called under its call policy: reads are idempotent, so an attempt that could not connect
 * is tried again (on the next instance, when there are several). A 404 is the request's own (an unknown product): it
 * passes through and leaves the breaker alone; anything else that fails (a 5xx, no answer in time, or a refusal the
 * storefront did not expect, such as a 401 or a 404 of a whole endpoint an older service lacks) says the service is
 * unavailable, so the page degrades instead of failing.
 */
public final class ServiceApi {

    private final RestClient client;
    private final OutboundCall calls;

    public ServiceApi(RestClient client, OutboundCall calls) {
        this.client = client;
        this.calls = calls;
    }

    /** How long one call may take. */
    public Duration deadline() {
        return calls.deadline();
    }

    /** The client alone, past the call policy: for a warm-up that waits for the service to start. */
    RestClient client() {
        return client;
    }

    /**
     * One attempt, never repeated (the request changes something). A 4xx is the request's own: it passes through for
     * the caller to say what was refused.
     */
    <T> T written(Function<RestClient, @Nullable T> request) {
        return answer(calls::once, request, HttpClientErrorException.class);
    }

    /** As {@link #written}, for a request whose answer says nothing more than its status. */
    void write(Function<RestClient, ?> request) {
        written(request);
    }

    <T> T read(Function<RestClient, @Nullable T> request) {
        return answer(calls::idempotent, request, HttpClientErrorException.NotFound.class);
    }

    /**
     * The answer to {@code request} made under {@code policy}; a refusal of the kind {@code passing} passes through;
     * a call in a customer's name with no token that works (401) says they must sign in again; any other failure says
     * the service is unavailable.
     */
    private <T> T answer(
            Function<Supplier<T>, T> policy,
            Function<RestClient, @Nullable T> request,
            Class<? extends HttpClientErrorException> passing) {
        try {
            return policy.apply(ServiceApiClients.withBody(() -> request.apply(client), calls.dependency()));
        } catch (OAuth2AuthorizationException signInAgain) {
            throw signInAgain;
        } catch (HttpClientErrorException.Unauthorized tokenRefused) {
            // A call in a customer's name without a token that works (none left, or one refused): they sign in again.
            throw new OAuth2AuthorizationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, calls.dependency() + " refused the token", null),
                    tokenRefused);
        } catch (RuntimeException failure) {
            if (passing.isInstance(failure)) {
                throw failure;
            }
            throw new ServiceUnavailable(calls.dependency(), failure);
        }
    }
}
