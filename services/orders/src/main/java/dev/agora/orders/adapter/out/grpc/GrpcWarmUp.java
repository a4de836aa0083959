package dev.agora.orders.adapter.out.grpc;

import dev.agora.platform.warmup.WarmUp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Before orders reports ready, opens its channel to a service it calls over gRPC and sends it one request without a
 * token. Otherwise the first order pays for resolving, connecting and the first use of the call's code on both sides
 * (1.6 s of the catalog's 2 s pricing deadline measured here on a cold start, more on a busy machine) and may be
 * refused. The call waits for the service to be reachable, 30 s at most: orders is ready then whether or not it is.
 * Without a token, the request is refused, having done nothing.
 */
public final class GrpcWarmUp implements WarmUp {

    private static final long DEADLINE_SECONDS = 30;

    private final String service;
    private final Runnable call;

    private GrpcWarmUp(String service, Runnable call) {
        this.service = service;
        this.call = call;
    }

    /** A warm-up that makes {@code call} on {@code stub}, waiting for {@code service}. */
    public static <S extends AbstractStub<S>> GrpcWarmUp of(String service, S stub, Consumer<S> call) {
        return new GrpcWarmUp(
                service,
                () -> call.accept(stub.withWaitForReady().withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)));
    }

    @Override
    public String name() {
        return "GrpcWarmUp(" + service + ")";
    }

    @Override
    public void run() {
        try {
            call.run();
        } catch (StatusRuntimeException answer) {
            if (answer.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
                throw answer; // the service never answered: said by the warm-ups, orders ready all the same
            }
            // Refused (no token): the call's code ran on both sides, which is what warms them.
        }
    }
}
