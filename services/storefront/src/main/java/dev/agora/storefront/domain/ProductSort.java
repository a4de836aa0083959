package dev.agora.storefront.domain;

import java.util.Arrays;
import java.util.Optional;

/** The orders a customer can list the catalogue in; {@code parameter} is how a page's address says it. */
public enum ProductSort {
    NAME("name"),
    PRICE_LOW_TO_HIGH("price"),
    PRICE_HIGH_TO_LOW("price-desc");

    private final String parameter;

    ProductSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<ProductSort> fromParameter(String parameter) {
        return Arrays.stream(values())
                .filter(sort -> sort.parameter.equals(parameter))
                .findFirst();
    }
}
