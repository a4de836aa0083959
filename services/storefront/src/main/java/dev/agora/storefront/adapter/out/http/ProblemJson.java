package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.storefront.application.port.FieldsRefused;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A form's refusal in the service's words, per field: a problem whose {@code code} is one of {@code byCode} blames
     * that field, with that message; a {@code VALIDATION_FAILED} names its fields; anything else is the form's.
     */
    static FieldsRefused fieldsRefused(
            HttpClientErrorException refused, Map<String, Map.Entry<String, String>> byCode) {
        ProblemJson problem = of(refused);
        Map<String, String> problems = new LinkedHashMap<>();
        if (problem != null && problem.code() != null && byCode.containsKey(problem.code())) {
            Map.Entry<String, String> blamed = byCode.get(problem.code());
            problems.put(blamed.getKey(), blamed.getValue());
        } else if (problem != null
                && problem.errors() != null
                && !problem.errors().isEmpty()) {
            problem.errors().forEach(error -> problems.putIfAbsent(error.field(), error.message()));
        } else {
            problems.put(FieldsRefused.FORM, detailOf(refused));
        }
        return new FieldsRefused(problems);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldError(String field, String message) {}
}
