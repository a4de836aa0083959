package dev.agora.catalog.domain;

/** The category named is not one of the catalog's. */
public class UnknownCategory extends RuntimeException {

    public UnknownCategory(String slug) {
        super("There is no category '" + slug + "': see /api/categories.");
    }
}
