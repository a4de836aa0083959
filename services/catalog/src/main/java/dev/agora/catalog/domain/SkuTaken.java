package dev.agora.catalog.domain;

/** Another product already has this stock-keeping unit. */
public class SkuTaken extends RuntimeException {

    public SkuTaken(String sku) {
        super("Another product already has the sku " + sku + ".");
    }
}
