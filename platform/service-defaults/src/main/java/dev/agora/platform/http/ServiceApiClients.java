package dev.agora.platform.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Clients of another service's public HTTP API, for a backend that calls the services as its client would (the web
 * shop, the mobile BFF): a deadline on every answer, Boot's observations (the caller's trace goes on), and an address
 * that is either plain ({@code http://catalog:8081} in Kubernetes) or {@code lb://<name>}, one of the instances
 * {@code ./agora up} listed, chosen at each call.
 */
public final class ServiceApiClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

    private ServiceApiClients() {}

    /**
     * A client of the API at {@code address} whose answers take at most {@code deadline}; {@code loadBalancer} is
     * asked only for an {@code lb://} address.
     */
    public static RestClient.Builder client(
            URI address,
            RestClient.Builder clients,
            Supplier<? extends ClientHttpRequestInterceptor> loadBalancer,
            Duration deadline) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                // HTTP/1.1, as the services speak it: no upgrade attempt on every request.
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(CONNECT_TIMEOUT)
                        .build());
        requests.setReadTimeout(deadline);
        RestClient.Builder client = clients.clone().requestFactory(requests).baseUrl(baseUrlOf(address));
        if (isLoadBalanced(address)) {
            client.requestInterceptor(loadBalancer.get());
        }
        return client;
    }

    /** What a request names: {@code http://<name>} for {@code lb://<name>} (the interceptor picks an instance). */
    public static String baseUrlOf(URI address) {
        return isLoadBalanced(address) ? "http://" + address.getHost() : address.toString();
    }

    /** {@code lb://<name>}: one of the instances the launcher listed, chosen at each call. */
    public static boolean isLoadBalanced(URI address) {
        return "lb".equals(address.getScheme());
    }

    /**
     * The answer's body, which a call made for one must have: a service that answers without it (a 204, an empty 200)
     * broke its contract, and the call fails (without counting against the service's breaker: it did answer).
     */
    public static <T> Supplier<T> withBody(Supplier<@Nullable T> call, String service) {
        return () -> {
            T body = call.get();
            if (body == null) {
                throw new IllegalStateException(service + " answered without a body");
            }
            return body;
        };
    }

    /** What counts against a service's breaker: unreachable, too slow, or broken (5xx); not a request it refused. */
    public static boolean isFailure(Throwable failure) {
        return failure instanceof ResourceAccessException
                || failure instanceof HttpServerErrorException
                || failure instanceof IOException;
    }

    /**
     * Only an attempt that could not connect is tried again: one that connected and got no answer in time would take
     * the deadline again, and three of them would outlast the gateway's own deadline for the caller's request.
     */
    public static boolean couldNotConnect(Throwable failure) {
        return failure instanceof ResourceAccessException access
                && (access.getCause() instanceof ConnectException
                        || access.getCause() instanceof HttpConnectTimeoutException);
    }
}
