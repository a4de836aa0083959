package dev.agora.users.adapter.in.grpc;

import dev.agora.contracts.users.v1.GetShippingAddressRequest;
import dev.agora.contracts.users.v1.ShippingAddress;
import dev.agora.contracts.users.v1.ShippingAddressesGrpc;
import dev.agora.users.application.ManageAddresses;
import dev.agora.users.domain.Address;
import dev.agora.users.domain.AddressDetails;
import dev.agora.users.domain.AddressNotFound;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The users' gRPC service: one of the caller's own addresses, the caller being the customer whose token the call
 * carries (orders relays it). Another customer's address, or an id of no address, is NOT_FOUND alike.
 */
@Service
class GrpcShippingAddresses extends ShippingAddressesGrpc.ShippingAddressesImplBase {

    private final ManageAddresses addresses;

    GrpcShippingAddresses(ManageAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public void getShippingAddress(GetShippingAddressRequest request, StreamObserver<ShippingAddress> answer) {
        UUID customer;
        UUID id;
        try {
            customer = UUID.fromString(caller().getName());
        } catch (IllegalArgumentException notACustomer) {
            answer.onError(Status.PERMISSION_DENIED
                    .withDescription("Only a customer's token has addresses, not a service's")
                    .asRuntimeException());
            return;
        }
        try {
            id = UUID.fromString(request.getAddressId());
        } catch (IllegalArgumentException notAnId) {
            answer.onError(Status.INVALID_ARGUMENT
                    .withDescription("An address id is a UUID")
                    .asRuntimeException());
            return;
        }
        Address found;
        try {
            found = addresses.find(customer, id);
        } catch (AddressNotFound none) {
            answer.onError(Status.NOT_FOUND
                    .withDescription("The customer has no address " + id)
                    .asRuntimeException());
            return;
        }
        answer.onNext(shippingAddress(found));
        answer.onCompleted();
    }

    private static Authentication caller() {
        return Objects.requireNonNull(
                SecurityContextHolder.getContext().getAuthentication(), "the call's token was checked");
    }

    private static ShippingAddress shippingAddress(Address address) {
        AddressDetails details = address.details();
        return ShippingAddress.newBuilder()
                .setAddressId(address.id().toString())
                .setLabel(Objects.requireNonNullElse(details.label(), ""))
                .setRecipient(details.recipient())
                .setLine1(details.line1())
                .setLine2(Objects.requireNonNullElse(details.line2(), ""))
                .setPostalCode(details.postalCode())
                .setCity(details.city())
                .setCountry(details.country())
                .build();
    }
}
