package dev.agora.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.tracing.Tracer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

class CurrentTraceTest {

    @Test
    @SuppressWarnings("unchecked")
    void looks_the_tracer_up_once_not_at_every_call() {
        ObjectProvider<Tracer> provider = mock(ObjectProvider.class);
        Tracer tracer = mock(Tracer.class);
        when(provider.getIfAvailable()).thenReturn(tracer);
        CurrentTrace trace = new CurrentTrace(provider);

        for (int i = 0; i < 3; i++) {
            trace.id();
            trace.traceparent();
            trace.tag("order.id", "o-1");
        }

        verify(provider, times(1)).getIfAvailable();
        verify(tracer, times(9)).currentSpan();
    }

    @Test
    @SuppressWarnings("unchecked")
    void without_a_tracer_there_is_no_trace_and_the_work_still_runs() {
        ObjectProvider<Tracer> provider = mock(ObjectProvider.class);
        CurrentTrace trace = new CurrentTrace(provider);
        AtomicBoolean ran = new AtomicBoolean();

        trace.inScopeOf(null, () -> ran.set(true));

        assertThat(trace.id()).isNull();
        assertThat(trace.traceparent()).isNull();
        assertThat(ran).isTrue();
        verify(provider, times(1)).getIfAvailable();
    }
}
