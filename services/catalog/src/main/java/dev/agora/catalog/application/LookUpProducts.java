package dev.agora.catalog.application;

import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductId;
import dev.agora.catalog.domain.Products;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds several products at once, for a service pricing an order, and says which ids name no product. */
public class LookUpProducts {

    /** The most ids one look-up takes: an order has at most this many lines. */
    public static final int MAX_IDS = 100;

    private final Products products;

    public LookUpProducts(Products products) {
        this.products = products;
    }

    public record Found(List<Product> products, List<ProductId> unknown) {}

    public Found lookUp(List<ProductId> ids) {
        Set<ProductId> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() > MAX_IDS) {
            throw new IllegalArgumentException("At most " + MAX_IDS + " products per look-up, not " + distinct.size());
        }
        List<Product> found = new ArrayList<>();
        List<ProductId> unknown = new ArrayList<>();
        for (ProductId id : distinct) {
            Optional<Product> product = products.findById(id);
            product.ifPresentOrElse(found::add, () -> unknown.add(id));
        }
        return new Found(found, unknown);
    }
}
