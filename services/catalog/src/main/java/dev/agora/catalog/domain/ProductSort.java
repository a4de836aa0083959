package dev.agora.catalog.domain;

/** The order of a product listing; ties are always broken by product id, so pages never overlap. */
public record ProductSort(Field field, boolean ascending) {

    public static final ProductSort BY_NAME = new ProductSort(Field.NAME, true);

    public enum Field {
        NAME,
        PRICE,
        SKU,
        RATING
    }
}
