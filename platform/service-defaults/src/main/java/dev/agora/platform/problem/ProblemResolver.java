package dev.agora.platform.problem;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;

/**
 * Turns any failure into the problem a client sees, the same way on the servlet and the reactive stack, so it names no
 * servlet type (the gateway has none on its class path). Only what is safe to show leaves here: an unexpected failure
 * becomes {@code INTERNAL_ERROR} with no exception text.
 */
public final class ProblemResolver {

    static final String UNEXPECTED =
            "An unexpected error occurred. It has been logged; quote the traceId when you report it.";

    private final List<ProblemMapping> mappings;

    public ProblemResolver(List<ProblemMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    public ResolvedProblem resolve(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return new ResolvedProblem(problem.code(), messageOf(problem), problem.errors());
        }
        ResolvedProblem mapped = mapped(failure);
        if (mapped != null) {
            return mapped;
        }
        if (failure instanceof BindingResult binding) {
            return invalid(binding.getFieldErrors().stream()
                    .map(error -> new InvalidField(error.getField(), messageOf(error)))
                    .toList());
        }
        if (failure instanceof HandlerMethodValidationException validation) {
            return invalid(parameterErrors(validation));
        }
        if (failure instanceof TypeMismatchException mismatch) {
            String field = mismatch.getPropertyName() == null ? "value" : mismatch.getPropertyName();
            Class<?> type = mismatch.getRequiredType();
            String expected = type == null ? "a valid value" : describe(type);
            return invalid(List.of(new InvalidField(field, "must be " + expected)));
        }
        if (failure instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable);
        }
        if (failure instanceof ErrorResponse response) {
            ErrorCode code =
                    PlatformErrorCodes.forStatus(response.getStatusCode().value());
            String detail = response.getBody().getDetail();
            return new ResolvedProblem(code, code.status() >= 500 || detail == null ? code.title() + "." : detail);
        }
        return new ResolvedProblem(PlatformErrorCodes.INTERNAL_ERROR, UNEXPECTED);
    }

    private @Nullable ResolvedProblem mapped(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (ProblemMapping mapping : mappings) {
                if (mapping.matches(cause)) {
                    String detail = mapping.detail() != null ? mapping.detail() : messageOf(cause);
                    return new ResolvedProblem(mapping.code(), detail);
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** A {@code VALIDATION_FAILED} problem naming the fields at fault. */
    public static ResolvedProblem invalid(List<InvalidField> errors) {
        String detail = errors.size() == 1
                ? "The request has an invalid value: see errors."
                : "The request has " + errors.size() + " invalid values: see errors.";
        return new ResolvedProblem(PlatformErrorCodes.VALIDATION_FAILED, detail, errors);
    }

    private static List<InvalidField> parameterErrors(HandlerMethodValidationException validation) {
        List<InvalidField> errors = new ArrayList<>();
        validation.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : name;
                errors.add(new InvalidField(field == null ? "value" : field, messageOf(error)));
            }
        });
        return errors;
    }

    private static ResolvedProblem unreadable(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof JacksonException json
                && !json.getPath().isEmpty()) {
            return invalid(List.of(new InvalidField(pathOf(json), "is missing, unknown or of the wrong type")));
        }
        return new ResolvedProblem(
                PlatformErrorCodes.VALIDATION_FAILED, "The request body is missing or is not valid JSON.");
    }

    private static String pathOf(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "int", "Integer", "long", "Long" -> "a whole number";
            default -> "a valid " + type.getSimpleName();
        };
    }

    private static String messageOf(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message == null ? "is invalid" : message;
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? UNEXPECTED : message;
    }
}
