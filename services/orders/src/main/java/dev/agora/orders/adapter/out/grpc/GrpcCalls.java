package dev.agora.orders.adapter.out.grpc;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * What orders' gRPC calls share, under the {@code grpc} call policy: the customer's own access token on each call
 * (token relay: the called service checks it as it checks any caller's), and which answers say the called service is
 * unwell or worth another attempt.
 */
final class GrpcCalls {

    static final String CALL_TYPE = "grpc";

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    /** Statuses that say the service is unwell, not that the request was wrong: they count against its breaker. */
    private static final Set<Status.Code> FAILURES = Set.of(
            Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED,
            Status.Code.INTERNAL,
            Status.Code.UNKNOWN,
            Status.Code.RESOURCE_EXHAUSTED,
            Status.Code.ABORTED);

    /**
     * Statuses worth another attempt: the call did not reach a working service. Not a passed deadline: its time is
     * already spent, and three of them would outlast the gateway's own deadline.
     */
    private static final Set<Status.Code> RETRYABLE = Set.of(Status.Code.UNAVAILABLE, Status.Code.ABORTED);

    private GrpcCalls() {}

    /** The stub, carrying the customer's token and the call's deadline. */
    static <S extends AbstractStub<S>> S asTheCaller(S stub, long deadlineMillis) {
        Metadata headers = new Metadata();
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken caller) {
            headers.put(AUTHORIZATION, "Bearer " + caller.getToken().getTokenValue());
        }
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS);
    }

    static boolean isFailure(Throwable failure) {
        return hasCode(failure, FAILURES);
    }

    static boolean isRetryable(Throwable failure) {
        return hasCode(failure, RETRYABLE);
    }

    /** Why a call failed, for the problem's detail. */
    static String reason(RuntimeException failure) {
        return switch (failure) {
            case StatusRuntimeException status -> status.getStatus().getCode().name();
            case CallNotPermittedException open -> "its circuit breaker is open";
            default -> "too many calls to it are under way";
        };
    }

    private static boolean hasCode(Throwable failure, Set<Status.Code> codes) {
        return failure instanceof StatusRuntimeException status
                && codes.contains(status.getStatus().getCode());
    }
}
