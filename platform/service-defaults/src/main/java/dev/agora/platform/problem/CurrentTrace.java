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
        TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
        Span span = tracing == null ? null : tracing.getSpan();
        return span == null ? null : span.context().traceId();
    }
}
