package dev.agora.orders.adapter.out.grpc;

import dev.agora.contracts.users.v1.GetShippingAddressRequest;
import dev.agora.contracts.users.v1.ShippingAddress;
import dev.agora.contracts.users.v1.ShippingAddressesGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users' {@code ShippingAddresses} over real gRPC, for the orders tests: it gives the address it was told a bearer
 * token has, as users gives a customer only their own, NOT_FOUND otherwise; it can be stopped as a crash would.
 */
public final class StandInUsers extends ShippingAddressesGrpc.ShippingAddressesImplBase {

    /** Each address, under the {@code authorization} whose customer has it. */
    private final Map<String, Map<String, ShippingAddress>> addresses = new ConcurrentHashMap<>();

    private final StandInServer server;

    public StandInUsers() {
        server = new StandInServer("users", this);
    }

    public int port() {
        return server.port();
    }

    /** The customer of {@code token} has {@code address}. */
    public void knows(String token, ShippingAddress address) {
        addresses
                .computeIfAbsent("Bearer " + token, customer -> new ConcurrentHashMap<>())
                .put(address.getAddressId(), address);
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void getShippingAddress(GetShippingAddressRequest request, StreamObserver<ShippingAddress> answer) {
        ShippingAddress found =
                addresses.getOrDefault(StandInServer.caller(), Map.of()).get(request.getAddressId());
        if (found == null) {
            answer.onError(Status.NOT_FOUND.asRuntimeException());
            return;
        }
        answer.onNext(found);
        answer.onCompleted();
    }
}
