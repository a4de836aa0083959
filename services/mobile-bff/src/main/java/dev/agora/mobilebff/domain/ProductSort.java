package dev.agora.mobilebff.domain;

/** The orders a product list can be sorted in, as the catalog's {@code sort} parameter says them. */
public enum ProductSort {
    NAME("name,asc"),
    PRICE_LOW_TO_HIGH("price,asc"),
    PRICE_HIGH_TO_LOW("price,desc");

    private final String parameter;

    ProductSort(String parameter) {
        this.parameter = parameter;
    }

    /** The catalog's {@code sort} parameter for it. */
    public String parameter() {
        return parameter;
    }
}
