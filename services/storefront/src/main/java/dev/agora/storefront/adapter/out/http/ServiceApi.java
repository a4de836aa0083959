package dev.agora.storefront.adapter.out.http;

import dev.agora.platform.resilience.OutboundCall;
import dev.agora.storefront.application.port.ServiceUnavailable;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
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
        try {
            T answer = calls.once(() -> request.apply(client));
            if (answer == null) {
                throw new IllegalStateException(calls.dependency() + " answered without a body");
            }
            return answer;
        } catch (HttpClientErrorException | OAuth2AuthorizationException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            throw new ServiceUnavailable(calls.dependency(), failure);
        }
    }

    /** As {@link #written}, for a request whose answer says nothing more than its status. */
    void write(Function<RestClient, ?> request) {
        written(request);
    }

    <T> T read(Function<RestClient, @Nullable T> request) {
        try {
            T body = calls.idempotent(() -> request.apply(client));
            if (body == null) {
                throw new IllegalStateException(calls.dependency() + " answered without a body");
            }
            return body;
        } catch (HttpClientErrorException.NotFound | OAuth2AuthorizationException unknown) {
            throw unknown;
        } catch (RuntimeException failure) {
            throw new ServiceUnavailable(calls.dependency(), failure);
        }
    }
}
