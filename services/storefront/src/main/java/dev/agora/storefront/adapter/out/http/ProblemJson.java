package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.HttpClientErrorException;

/** A refusal in the services' words: an {@code application/problem+json} body with its stable code. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProblemJson(
        @Nullable String code,
        @Nullable String detail,
        @Nullable List<FieldError> errors) {

    /** The problem a refusal carries; null when its body is not one (a refusal from something in front). */
    static @Nullable ProblemJson of(HttpClientErrorException refused) {
        try {
            return refused.getResponseBodyAs(ProblemJson.class);
        } catch (RuntimeException notAProblem) {
            return null;
        }
    }

    /** What the refusal says, for a page: its detail, or its status when it has none. */
    static String detailOf(HttpClientErrorException refused) {
        ProblemJson problem = of(refused);
        return problem == null || problem.detail() == null ? refused.getStatusText() : problem.detail();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldError(String field, String message) {}
}
