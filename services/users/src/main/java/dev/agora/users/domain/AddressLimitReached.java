package dev.agora.users.domain;

/** A customer keeps at most {@link Address#MAX_PER_CUSTOMER} addresses. */
public class AddressLimitReached extends RuntimeException {

    public AddressLimitReached() {
        super("You keep " + Address.MAX_PER_CUSTOMER + " addresses already: remove one to add another.");
    }
}
