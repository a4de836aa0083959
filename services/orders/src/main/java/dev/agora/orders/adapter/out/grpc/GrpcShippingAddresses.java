package dev.agora.orders.adapter.out.grpc;

import dev.agora.contracts.users.v1.GetShippingAddressRequest;
import dev.agora.contracts.users.v1.ShippingAddressesGrpc.ShippingAddressesBlockingStub;
import dev.agora.orders.application.port.ShippingAddresses;
import dev.agora.orders.domain.ShippingAddress;
import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The customer's address from users' ShippingAddresses, in their name (the call carries their token), guarded by the
 * {@code grpc} call policy as the catalog's prices are. There is no fallback: an order ships only to an address users
 * has now, so when users cannot answer the order is refused with {@link AddressesUnavailable}, and nothing is placed.
 */
public class GrpcShippingAddresses implements ShippingAddresses {

    /** The answers that say the customer has no such address. */
    private static final Set<Status.Code> NONE = Set.of(Status.Code.NOT_FOUND, Status.Code.INVALID_ARGUMENT);

    private final ShippingAddressesBlockingStub users;
    private final OutboundCall calls;

    public GrpcShippingAddresses(ShippingAddressesBlockingStub users, OutboundCalls calls) {
        this.users = users;
        this.calls = calls.to("users", GrpcCalls.CALL_TYPE, GrpcCalls::isFailure, GrpcCalls::isRetryable);
    }

    @Override
    public Optional<ShippingAddress> find(UUID addressId) {
        GetShippingAddressRequest request = GetShippingAddressRequest.newBuilder()
                .setAddressId(addressId.toString())
                .build();
        dev.agora.contracts.users.v1.ShippingAddress found;
        try {
            found = calls.idempotent(() ->
                    GrpcCalls.asTheCaller(users, calls.deadline().toMillis()).getShippingAddress(request));
        } catch (StatusRuntimeException | CallNotPermittedException | BulkheadFullException failure) {
            if (failure instanceof StatusRuntimeException refused
                    && NONE.contains(refused.getStatus().getCode())) {
                return Optional.empty();
            }
            // Users down, slow or paused, or refusing the caller (as the catalog may): nothing can be placed now.
            throw new AddressesUnavailable(
                    "Users did not give the shipping address (" + GrpcCalls.reason(failure) + ")", failure);
        }
        return Optional.of(new ShippingAddress(
                UUID.fromString(found.getAddressId()),
                orNull(found.getLabel()),
                found.getRecipient(),
                found.getLine1(),
                orNull(found.getLine2()),
                found.getPostalCode(),
                found.getCity(),
                found.getCountry()));
    }

    private static @Nullable String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
