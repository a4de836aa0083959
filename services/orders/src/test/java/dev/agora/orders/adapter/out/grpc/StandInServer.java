package dev.agora.orders.adapter.out.grpc;

import io.grpc.BindableService;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerTransportFilter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in service's real gRPC server, on a free port: during each call, {@link #caller()} is the {@code
 * authorization} the call carried, so a stand-in can answer as the service would for that caller.
 */
final class StandInServer {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> CALLER = Context.key("authorization");

    private final Server server;

    StandInServer(String name, BindableService service, ServerTransportFilter... filters) {
        ServerInterceptor keepToken = new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(
                    ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
                String token = headers.get(AUTHORIZATION);
                return Contexts.interceptCall(
                        Context.current().withValue(CALLER, token == null ? "" : token), call, headers, next);
            }
        };
        ServerBuilder<?> builder =
                ServerBuilder.forPort(0).addService(ServerInterceptors.intercept(service, keepToken));
        for (ServerTransportFilter filter : filters) {
            builder.addTransportFilter(filter);
        }
        try {
            server = builder.build().start();
        } catch (IOException e) {
            throw new IllegalStateException("The stand-in " + name + " did not start", e);
        }
    }

    /** The {@code authorization} of the call under way, {@code ""} for none. */
    static String caller() {
        return CALLER.get();
    }

    int port() {
        return server.getPort();
    }

    /** Gone as a killed process is: connections closed before this returns (not mid-close, which answers CANCELLED). */
    void stop() {
        try {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
