package dev.agora.mobilebff.adapter.in.graphql;

import dev.agora.platform.problem.ErrorCode;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * Limits against a query made to cost the services much: how deep its fields nest, and how many fields it would fetch in
 * all, each page's items and each product's related products counted. A query past either is refused before anything
 * is fetched, with its code.
 */
public final class QueryLimits {

    private QueryLimits() {}

    public static Instrumentation depth(int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int max) {
                return refused(
                        MobileBffErrorCodes.QUERY_TOO_DEEP,
                        "The query nests fields " + depth + " deep; the mobile API allows " + max + ".");
            }
        };
    }

    public static Instrumentation complexity(int maxComplexity) {
        return new MaxQueryComplexityInstrumentation(maxComplexity, QueryLimits::cost) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int max) {
                return refused(
                        MobileBffErrorCodes.QUERY_TOO_COMPLEX,
                        "The query would fetch " + complexity + " fields; the mobile API allows " + max + ".");
            }
        };
    }

    /**
     * What a field costs: one, plus what it asks of each item times the items it gives (a page of {@code size}, a
     * product's related products), so that a query's cost grows with the calls it makes, not with its text.
     */
    private static int cost(FieldComplexityEnvironment field, int children) {
        long items = 1;
        if (field.getArguments().get("size") instanceof Integer size) {
            items = Math.max(size, 1);
        } else if (field.getField().getName().equals("related")) {
            items = CatalogueQueries.RELATED;
        }
        return (int) Math.min(Integer.MAX_VALUE, 1 + children * items);
    }

    private static AbortExecutionException refused(ErrorCode code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .extensions(Map.of(GraphQlErrors.CODE, code.name()))
                .build()));
    }
}
