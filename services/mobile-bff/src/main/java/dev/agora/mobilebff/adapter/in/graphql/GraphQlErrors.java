package dev.agora.mobilebff.adapter.in.graphql;

import dev.agora.mobilebff.application.port.ServiceRefused;
import dev.agora.mobilebff.application.port.ServiceUnavailable;
import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.PlatformErrorCodes;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.ConversionException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.validation.BindException;
import reactor.core.publisher.Mono;

/**
 * Every error the mobile app gets carries a stable code in {@code extensions.code}, the REST API's codes
 * (docs/errors.md), and the trace id to quote: a service's refusal keeps the service's own code, a service that did not
 * answer is {@code SERVICE_UNAVAILABLE} or {@code UPSTREAM_TIMEOUT} for the fields it would have filled, a query that
 * is not valid is {@code VALIDATION_FAILED}, anything unexpected {@code INTERNAL_ERROR} without its details.
 */
public final class GraphQlErrors extends DataFetcherExceptionResolverAdapter implements WebGraphQlInterceptor {

    static final String CODE = "code";

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    private final CurrentTrace trace;

    public GraphQlErrors(CurrentTrace trace) {
        this.trace = trace;
    }

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment field) {
        return errorOf(
                failure,
                GraphqlErrorBuilder.newError(field),
                field.getExecutionStepInfo().getPath().toString());
    }

    /** The same errors for a subscription's stream, which fails after its field was answered. */
    public SubscriptionExceptionResolver forSubscriptions() {
        return new SubscriptionExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable failure) {
                GraphQLError error = errorOf(failure, GraphqlErrorBuilder.newError(), "subscription");
                // Spring's own error for a stream carries no code, and no interceptor sees a stream's later errors.
                return error != null
                        ? error
                        : GraphqlErrorBuilder.newError()
                                .errorType(ErrorType.INTERNAL_ERROR)
                                .message("The subscription failed: try again in a moment")
                                .extensions(extensions(PlatformErrorCodes.INTERNAL_ERROR.name()))
                                .build();
            }
        };
    }

    private static @Nullable GraphQLError errorOf(Throwable failure, GraphqlErrorBuilder<?> error, String field) {
        return switch (failure) {
            case ServiceRefused refused -> {
                Map<String, Object> extensions = extensions(refused.code());
                if (refused.field() != null) {
                    extensions.put("field", refused.field());
                }
                yield error.errorType(typeOf(refused.status()))
                        .message(refused.getMessage())
                        .extensions(extensions)
                        .build();
            }
            case ServiceUnavailable unavailable -> {
                log.atWarn()
                        .addKeyValue("service", unavailable.service())
                        .addKeyValue("field", field)
                        .log("Field left empty: {}", String.valueOf(unavailable.getCause()));
                Map<String, Object> extensions = extensions(
                        unavailable.timedOut()
                                ? PlatformErrorCodes.UPSTREAM_TIMEOUT.name()
                                : PlatformErrorCodes.SERVICE_UNAVAILABLE.name());
                extensions.put("service", unavailable.service());
                yield error.errorType(ErrorType.INTERNAL_ERROR)
                        .message(unavailable.getMessage() + ": try again in a moment")
                        .extensions(extensions)
                        .build();
            }
            case BindException notBound -> notValid(error, notBound);
            case ConversionException notConverted -> notValid(error, notConverted);
            default -> null; // Spring for GraphQL answers INTERNAL_ERROR, without the failure's details
        };
    }

    /** The code of each error that has none yet (the query's own mistakes, the unexpected), and the trace id. */
    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String traceId = trace.id(); // the request's trace, current here, on the request's thread
        return chain.next(request)
                .map(response -> response.getErrors().isEmpty()
                        ? response
                        : response.transform(answer -> answer.errors(response.getErrors().stream()
                                .map(error -> {
                                    Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
                                    extensions.putIfAbsent(CODE, codeOf(error.getErrorType()));
                                    if (traceId != null) {
                                        extensions.putIfAbsent("traceId", traceId);
                                    }
                                    return GraphqlErrorBuilder.newError()
                                            .message(error.getMessage())
                                            .locations(error.getLocations())
                                            .path(error.getParsedPath())
                                            .errorType(error.getErrorType())
                                            .extensions(extensions)
                                            .build();
                                })
                                .toList())));
    }

    /** An argument that does not bind (an id that is no UUID): the query's own mistake. */
    private static GraphQLError notValid(GraphqlErrorBuilder<?> error, Exception notBound) {
        return error.errorType(ErrorType.BAD_REQUEST)
                .message("An argument is not valid: " + notBound.getMessage())
                .extensions(extensions(PlatformErrorCodes.VALIDATION_FAILED.name()))
                .build();
    }

    private static Map<String, Object> extensions(String code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(CODE, code);
        return extensions;
    }

    private static ErrorType typeOf(int status) {
        return switch (status) {
            case 401 -> ErrorType.UNAUTHORIZED;
            case 403 -> ErrorType.FORBIDDEN;
            case 404 -> ErrorType.NOT_FOUND;
            default -> ErrorType.BAD_REQUEST;
        };
    }

    private static String codeOf(ErrorClassification type) {
        if (type == ErrorType.UNAUTHORIZED) {
            return PlatformErrorCodes.UNAUTHORIZED.name();
        }
        if (type == ErrorType.FORBIDDEN) {
            return PlatformErrorCodes.FORBIDDEN.name();
        }
        if (type == ErrorType.NOT_FOUND) {
            return PlatformErrorCodes.NOT_FOUND.name();
        }
        if (type == ErrorType.INTERNAL_ERROR
                || type == graphql.ErrorType.DataFetchingException
                || type == graphql.ErrorType.NullValueInNonNullableField) {
            return PlatformErrorCodes.INTERNAL_ERROR.name();
        }
        // The query's own: a syntax error, an unknown field, a wrong argument (graphql-java's classifications).
        return PlatformErrorCodes.VALIDATION_FAILED.name();
    }
}
