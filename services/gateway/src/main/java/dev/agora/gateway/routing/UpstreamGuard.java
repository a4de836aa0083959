package dev.agora.gateway.routing;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import dev.agora.platform.resilience.OutboundCall;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Each request to a service passes its concurrency limit, its bulkhead and its circuit breaker (the {@code http-route}
 * call policy), around the retries of the route. The breaker counts a request as failed when, after its retries, the
 * service could not be reached, did not answer within the route's deadline, or answered 500, 502 or 504; and as slow
 * when it took longer than the policy's slow-call time while the service had few requests under way (a late answer
 * among many says the service is busy: the limit judges that one, the breaker does not). While it is open, requests
 * to that service get 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After} at once. Over the
 * {@link ConcurrencyLimit}, which keeps a busy service's answers fast, they get the same 503 at once, saying the
 * service is busy: load shed, not counted by the breaker. One instance of several going away is the load balancer's
 * and the retries' to handle: it does not open the breaker of the service.
 */
final class UpstreamGuard implements GatewayFilter {

    private final OutboundCall calls;
    private final ConcurrencyLimit limit;
    private final Counter shed;

    UpstreamGuard(OutboundCall calls, ConcurrencyLimit limit, Counter shed) {
        this.calls = calls;
        this.limit = limit;
        this.shed = shed;
    }

    /**
     * What the breaker of a route counts as the service failing: unreachable, no answer within the route's deadline
     * (which the gateway turns into a 504 {@link ResponseStatusException}), or an answer that says it broke.
     */
    static boolean isFailure(Throwable failure) {
        return failure instanceof IOException
                || failure instanceof TimeoutException
                || failure instanceof org.springframework.cloud.gateway.support.TimeoutException
                || (failure instanceof ResponseStatusException status
                        && status.getStatusCode().value() == 504)
                || failure instanceof FailedAnswer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ConcurrencyLimit.Place place = limit.tryAcquire(System.nanoTime());
        if (place == null) {
            shed.increment();
            return refuse(exchange, calls.dependency() + " is busy: it has as many requests as it answers in time", 1);
        }
        if (!calls.bulkhead().tryAcquirePermission()) {
            limit.abandon();
            return refuse(exchange, "too many requests to " + calls.dependency() + " are under way", 1);
        }
        CircuitBreaker breaker = calls.breaker();
        if (!breaker.tryAcquirePermission()) {
            limit.abandon();
            calls.bulkhead().onComplete();
            return refuse(
                    exchange,
                    "calls to " + calls.dependency() + " are paused after repeated failures",
                    calls.policy().breaker().openFor().toSeconds());
        }
        long start = breaker.getCurrentTimestamp();
        return chain.filter(exchange)
                .doOnSuccess(done -> {
                    long took = breaker.getCurrentTimestamp() - start;
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    if (status != null && FailedAnswer.isOne(status)) {
                        breaker.onError(took, breaker.getTimestampUnit(), new FailedAnswer(status));
                    } else if (!place.amongFew() && isSlow(took, breaker)) {
                        // Late while given many requests at once: busy, not broken. The limit judges it.
                        breaker.releasePermission();
                    } else {
                        breaker.onSuccess(took, breaker.getTimestampUnit());
                    }
                })
                .doOnError(failure ->
                        breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), failure))
                .doOnCancel(breaker::releasePermission)
                .doFinally(signal -> {
                    // The bulkhead first: a request the limit lets in next must find its place in the bulkhead free.
                    calls.bulkhead().onComplete();
                    if (signal == SignalType.CANCEL) {
                        limit.abandon();
                    } else {
                        limit.release(place, System.nanoTime());
                    }
                    Integer retries = exchange.getAttribute(RetryGatewayFilterFactory.RETRY_ITERATION_KEY);
                    for (int retry = 0; retries != null && retry < retries; retry++) {
                        calls.recordRetry();
                    }
                });
    }

    private boolean isSlow(long took, CircuitBreaker breaker) {
        return breaker.getTimestampUnit().toNanos(took)
                > calls.policy().breaker().slowCall().toNanos();
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, String why, long retryAfterSeconds) {
        exchange.getResponse()
                .getHeaders()
                .set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfterSeconds)));
        return Mono.error(new ProblemException(
                PlatformErrorCodes.SERVICE_UNAVAILABLE,
                "The service behind this path is unavailable: " + why + ". Retry in a moment."));
    }

    /**
     * The service answered, with a status that says it broke (its answer still goes to the client): 500, 502, 504.
     * Not 503: a service says that on purpose, of itself being full or of its own dependency being down (orders when
     * the catalog cannot price), and counting it would spread one service's outage to the breakers of its callers.
     */
    static final class FailedAnswer extends RuntimeException {

        FailedAnswer(HttpStatusCode status) {
            super("answered " + status.value(), null, false, false);
        }

        static boolean isOne(HttpStatusCode status) {
            int code = status.value();
            return code == 500 || code == 502 || code == 504;
        }
    }
}
