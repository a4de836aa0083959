package dev.agora.catalog.domain;

/** The product is no longer at the version the change was based on: someone changed or removed it meanwhile. */
public class ProductChanged extends RuntimeException {

    public ProductChanged(ProductId id, long expectedVersion) {
        super("Product " + id + " is no longer at version " + expectedVersion
                + ": fetch it again and apply your change to what it is now.");
    }
}
