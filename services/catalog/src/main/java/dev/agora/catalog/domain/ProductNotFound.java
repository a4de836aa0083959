package dev.agora.catalog.domain;

/** Asked for a product the catalog does not have. */
public class ProductNotFound extends RuntimeException {

    public ProductNotFound(ProductId id) {
        super("No product has the id " + id + ".");
    }
}
