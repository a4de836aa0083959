package dev.agora.mobilebff.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.mobilebff.application.port.ServiceRefused;
import dev.agora.mobilebff.application.port.ServiceUnavailable;
import dev.agora.platform.http.ServiceApiClients;
import dev.agora.platform.resilience.OutboundCall;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * One service's public API under the mobile BFF's call policy: a read that could not connect is tried again (on the
 * next instance, when there are several), a write is sent once. A refusal (4xx) is the request's own: it passes
 * through with the service's error code and leaves the breaker alone; anything else (no answer in time, a 5xx, a
 * breaker open) says the service is unavailable, and only the fields it fills go missing.
 */
public final class ServiceApi {

    private final RestClient client;
    private final OutboundCall calls;

    public ServiceApi(RestClient client, OutboundCall calls) {
        this.client = client;
        this.calls = calls;
    }

    <T> T read(Function<RestClient, @Nullable T> request) {
        return answer(calls::idempotent, request);
    }

    <T> T written(Function<RestClient, @Nullable T> request) {
        return answer(calls::once, request);
    }

    private <T> T answer(Function<Supplier<T>, T> policy, Function<RestClient, @Nullable T> request) {
        try {
            return policy.apply(ServiceApiClients.withBody(() -> request.apply(client), calls.dependency()));
        } catch (HttpClientErrorException refused) {
            throw refusal(refused);
        } catch (RuntimeException failure) {
            throw new ServiceUnavailable(calls.dependency(), timedOut(failure), failure);
        }
    }

    /** The refusal in the service's words: its problem's code, detail and first field. */
    private ServiceRefused refusal(HttpClientErrorException refused) {
        ProblemJson problem;
        try {
            problem = refused.getResponseBodyAs(ProblemJson.class);
        } catch (RuntimeException notAProblem) {
            problem = null;
        }
        if (problem == null || problem.code() == null) {
            // Not a service's problem answer (something in front of it): a refusal the BFF did not expect.
            throw new ServiceUnavailable(calls.dependency(), false, refused);
        }
        String field = problem.errors() == null || problem.errors().isEmpty()
                ? null
                : problem.errors().getFirst().field();
        return new ServiceRefused(
                problem.code(),
                refused.getStatusCode().value(),
                problem.detail() == null ? refused.getStatusText() : problem.detail(),
                field);
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** An {@code application/problem+json} answer: its stable code, what it says, and the fields it blames. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProblemJson(
            @Nullable String code,
            @Nullable String detail,
            @Nullable List<FieldError> errors) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldError(String field) {}
}
