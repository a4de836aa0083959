package dev.agora.launcher;

import java.net.URI;

/** A process that tells whether it is ready over HTTP, as an orchestrator would ask it: Agora's services and tools. */
public sealed interface HttpProbed extends ProcessKind permits AgoraService, ZipkinServer, PrometheusServer {

    /** Where it answers 200 once ready. */
    URI readinessProbe(ServiceSpec process);

    @Override
    default boolean isReady(ServiceSpec process) {
        return Health.isUp(readinessProbe(process));
    }

    @Override
    default String readinessCheck(ServiceSpec process) {
        return readinessProbe(process).toString();
    }
}
