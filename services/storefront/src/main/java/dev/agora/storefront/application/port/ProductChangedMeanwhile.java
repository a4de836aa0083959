package dev.agora.storefront.application.port;

import dev.agora.storefront.domain.ManagedProduct;

/** Someone changed the product since the admin read it: here is the version it has now, to change again. */
public final class ProductChangedMeanwhile extends RuntimeException {

    private final ManagedProduct current;

    public ProductChangedMeanwhile(ManagedProduct current) {
        super("product " + current.id() + " is at version " + current.version() + " now");
        this.current = current;
    }

    public ManagedProduct current() {
        return current;
    }
}
