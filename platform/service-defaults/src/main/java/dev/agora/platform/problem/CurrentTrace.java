package dev.agora.platform.problem;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** The id of the trace being handled, so that a problem response can be matched with the logs and the trace. */
public final class CurrentTrace {

    private final ObjectProvider<Tracer> tracer;

    public CurrentTrace(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    public @Nullable String id() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        return span == null ? null : span.context().traceId();
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

    /** Runs {@code action} with {@code span} in scope, so that log lines carry its trace and span ids. */
    public void inScopeOf(@Nullable Span span, Runnable action) {
        Tracer current = tracer.getIfAvailable();
        if (current == null || span == null) {
            action.run();
            return;
        }
        try (Tracer.SpanInScope scope = current.withSpan(span)) {
            action.run();
        }
    }
}
