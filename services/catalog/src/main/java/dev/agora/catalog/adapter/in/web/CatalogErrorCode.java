package dev.agora.catalog.adapter.in.web;

import dev.agora.platform.problem.ErrorCode;

/** The catalog's own error codes, beside the platform's; each is described in docs/errors.md. */
public enum CatalogErrorCode implements ErrorCode {
    PRODUCT_NOT_FOUND(404, "Product not found");

    private final int status;
    private final String title;

    CatalogErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
