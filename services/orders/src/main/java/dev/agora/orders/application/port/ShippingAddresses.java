package dev.agora.orders.application.port;

import dev.agora.orders.domain.ShippingAddress;
import java.util.Optional;
import java.util.UUID;

/** The customer's addresses, as users has them now: an order keeps a copy of the one it ships to. */
public interface ShippingAddresses {

    /**
     * The calling customer's address with this id; empty when they have none with it (another customer's included).
     * Throws {@link AddressesUnavailable} when users cannot answer in time.
     */
    Optional<ShippingAddress> find(UUID addressId);

    /** Users did not answer, or not in time: the order cannot be placed now, nothing was placed. */
    class AddressesUnavailable extends RuntimeException {

        public AddressesUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
