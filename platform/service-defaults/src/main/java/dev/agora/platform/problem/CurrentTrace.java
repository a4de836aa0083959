package dev.agora.platform.problem;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The trace being handled: its id, so that a problem response can be matched with the logs and the trace, and its
 * traceparent, so that a message published later continues it.
 */
public final class CurrentTrace {

    private final Supplier<Optional<Tracer>> tracer;

    public CurrentTrace(ObjectProvider<Tracer> tracer) {
        // Looked up at the first use, then kept: a bean factory look-up on every call cost the gateway 5 % of its CPU.
        this.tracer = SingletonSupplier.of(() -> Optional.ofNullable(tracer.getIfAvailable()));
    }

    public @Nullable String id() {
        Span span = currentSpan();
        return span == null ? null : span.context().traceId();
    }

    /** The current span as a W3C {@code traceparent}, for work that continues the trace later or elsewhere. */
    public @Nullable String traceparent() {
        Span span = currentSpan();
        return span == null ? null : traceparentOf(span);
    }

    /** A span as the W3C {@code traceparent} of the work it is the parent of. */
    public static String traceparentOf(Span span) {
        TraceContext context = span.context();
        boolean sampled = Boolean.TRUE.equals(context.sampled());
        return "00-" + context.traceId() + "-" + context.spanId() + (sampled ? "-01" : "-00");
    }

    /**
     * Tags the current span ({@code order.id}, {@code saga.step}): what a reader of the trace searches by. Nothing
     * happens outside a span.
     */
    public void tag(String key, String value) {
        Span span = currentSpan();
        if (span != null) {
            span.tag(key, value);
        }
    }

    private @Nullable Span currentSpan() {
        return tracer.get().map(Tracer::currentSpan).orElse(null);
    }

    /** The trace of an observation that is no longer in scope (as during an error dispatch). */
    public static @Nullable String idOf(Observation.Context context) {
        Span span = spanOf(context);
        return span == null ? null : span.context().traceId();
    }

    /** The span of an observation, to bring it back into scope where the tracing context was not propagated. */
    public static @Nullable Span spanOf(Observation.Context context) {
        TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
        return tracing == null ? null : tracing.getSpan();
    }

    /**
     * Records a failure the application handled (answered with a 5xx problem) on the request's observation, for its
     * metrics ({@code exception} tag), and on its span, which is then marked as an error in the trace.
     */
    public static void markFailed(Observation.Context context, Throwable failure) {
        context.setError(failure);
        Span span = spanOf(context);
        if (span != null) {
            span.error(failure);
        }
    }

    /** Runs {@code action} with {@code span} in scope, so that log lines carry its trace and span ids. */
    public void inScopeOf(@Nullable Span span, Runnable action) {
        Tracer current = tracer.get().orElse(null);
        if (current == null || span == null) {
            action.run();
            return;
        }
        try (Tracer.SpanInScope scope = current.withSpan(span)) {
            action.run();
        }
    }
}
