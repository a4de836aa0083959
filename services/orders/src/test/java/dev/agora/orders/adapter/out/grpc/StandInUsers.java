package dev.agora.orders.adapter.out.grpc;

import dev.agora.contracts.users.v1.GetShippingAddressRequest;
import dev.agora.contracts.users.v1.ShippingAddress;
import dev.agora.contracts.users.v1.ShippingAddressesGrpc;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Users' {@code ShippingAddresses} over real gRPC, for the orders tests: it gives the address it was told a bearer
 * token has, as users gives a customer only their own, NOT_FOUND otherwise; it can be stopped as a crash would.
 */
public final class StandInUsers extends ShippingAddressesGrpc.ShippingAddressesImplBase {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> CALLER = Context.key("authorization");

    /** Each address, under the {@code authorization} whose customer has it. */
    private final Map<String, Map<String, ShippingAddress>> addresses = new ConcurrentHashMap<>();

    private final Server server;

    public StandInUsers() {
        ServerInterceptor keepToken = new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(
                    ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
                String token = headers.get(AUTHORIZATION);
                return Contexts.interceptCall(
                        Context.current().withValue(CALLER, token == null ? "" : token), call, headers, next);
            }
        };
        try {
            server = ServerBuilder.forPort(0)
                    .addService(ServerInterceptors.intercept(this, keepToken))
                    .build()
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("The stand-in users did not start", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The customer of {@code token} has {@code address}. */
    public void knows(String token, ShippingAddress address) {
        addresses
                .computeIfAbsent("Bearer " + token, customer -> new ConcurrentHashMap<>())
                .put(address.getAddressId(), address);
    }

    public void stop() {
        try {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void getShippingAddress(GetShippingAddressRequest request, StreamObserver<ShippingAddress> answer) {
        ShippingAddress found = addresses.getOrDefault(CALLER.get(), Map.of()).get(request.getAddressId());
        if (found == null) {
            answer.onError(Status.NOT_FOUND.asRuntimeException());
            return;
        }
        answer.onNext(found);
        answer.onCompleted();
    }
}
