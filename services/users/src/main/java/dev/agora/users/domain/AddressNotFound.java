package dev.agora.users.domain;

/** No address with this id among the caller's own. */
public class AddressNotFound extends RuntimeException {

    public AddressNotFound() {
        super("No such address among yours.");
    }
}
