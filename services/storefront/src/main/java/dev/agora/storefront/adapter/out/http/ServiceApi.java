package dev.agora.storefront.adapter.out.http;

import dev.agora.platform.resilience.OutboundCall;
import dev.agora.storefront.application.port.ServiceUnavailable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * One service's public API, called under its call policy: reads are idempotent, so a failed attempt is tried again
 * (on the next instance, when there are several). A 4xx answer is the request's own (an unknown product): it passes
 * through and leaves the breaker alone; anything else that fails says the service is unavailable.
 */
public final class ServiceApi {

    private final RestClient client;
    private final OutboundCall calls;

    public ServiceApi(RestClient client, OutboundCall calls) {
        this.client = client;
        this.calls = calls;
    }

    /** The client alone, past the call policy: for a warm-up that waits for the service to start. */
    RestClient client() {
        return client;
    }

    <T> T read(Function<RestClient, @Nullable T> request) {
        try {
            T body = calls.idempotent(() -> request.apply(client));
            if (body == null) {
                throw new IllegalStateException(calls.dependency() + " answered without a body");
            }
            return body;
        } catch (HttpClientErrorException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            throw new ServiceUnavailable(calls.dependency(), failure);
        }
    }
}
