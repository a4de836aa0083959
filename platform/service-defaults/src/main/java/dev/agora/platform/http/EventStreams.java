package dev.agora.platform.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A service's Server-Sent Events, read in a caller's name: a stream stays open for minutes, so it has a client of its
 * own, with a deadline on the answer's headers only, never on its body. A backend relays such a stream (a customer's
 * notifications) to its own client.
 */
public final class EventStreams {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(2);

    private final String service;
    private final Supplier<URI> instances;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    /** {@code instances}: the address of an instance of {@code service}, asked at each stream opened. */
    EventStreams(String service, Supplier<URI> instances) {
        this.service = service;
        this.instances = instances;
    }

    /**
     * The streams of {@code service} at {@code address}: itself, or for {@code lb://<name>} one of the instances listed,
     * chosen at each stream opened as a call through the load balancer would.
     */
    public static EventStreams of(String service, URI address, Supplier<LoadBalancerClient> loadBalancer) {
        return new EventStreams(service, instancesOf(address, loadBalancer));
    }

    private static Supplier<URI> instancesOf(URI address, Supplier<LoadBalancerClient> loadBalancer) {
        if (!ServiceApiClients.isLoadBalanced(address)) {
            return () -> address;
        }
        return () -> {
            ServiceInstance instance = loadBalancer.get().choose(address.getHost());
            if (instance == null) {
                throw new IllegalStateException("no instance of " + address.getHost() + " is listed");
            }
            return instance.getUri();
        };
    }

    /**
     * The stream at {@code path}, in the name of the holder of {@code accessToken}, open when this returns: an event
     * sent from then on is in it.
     *
     * @throws EventStreamUnavailable when the service does not open it
     */
    public EventStream open(String path, String accessToken) {
        URI instance;
        try {
            instance = instances.get();
        } catch (RuntimeException noneListed) {
            throw new EventStreamUnavailable(service, noneListed);
        }
        HttpRequest request = HttpRequest.newBuilder(instance.resolve(path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE)
                .timeout(OPEN_TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new EventStreamUnavailable(
                        service, new IllegalStateException("the stream answered " + response.statusCode()));
            }
            return new EventStream(response.body());
        } catch (IOException failure) {
            throw new EventStreamUnavailable(service, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new EventStreamUnavailable(service, interrupted);
        }
    }

    /** One open stream; closing it closes the connection, and a reader waiting on it stops. */
    public static final class EventStream implements AutoCloseable {

        private static final String DATA = "data:";

        private final Stream<String> lines;
        private final Iterator<String> next;

        EventStream(Stream<String> lines) {
            this.lines = lines;
            this.next = lines.iterator();
        }

        /** Waits for the next event and gives its data; empty when the stream ends or is closed first. */
        public Optional<String> nextData() {
            try {
                while (next.hasNext()) {
                    String line = next.next();
                    if (line.startsWith(DATA)) {
                        return Optional.of(line.substring(DATA.length()));
                    }
                }
                return Optional.empty();
            } catch (UncheckedIOException closed) {
                return Optional.empty();
            }
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    /** The service did not open the stream: not listed, not reachable, or it refused. */
    public static final class EventStreamUnavailable extends RuntimeException {

        private final String service;

        EventStreamUnavailable(String service, Throwable cause) {
            super(service + " did not open the stream", cause);
            this.service = service;
        }

        public String service() {
            return service;
        }
    }
}
