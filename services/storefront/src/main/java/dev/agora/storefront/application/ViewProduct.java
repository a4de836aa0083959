package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.ProductNotFound;
import java.util.UUID;

/** One product's page. */
public final class ViewProduct {

    private final Catalogue catalogue;

    public ViewProduct(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Product view(UUID id) {
        return catalogue.product(id).orElseThrow(() -> new ProductNotFound(id));
    }
}
