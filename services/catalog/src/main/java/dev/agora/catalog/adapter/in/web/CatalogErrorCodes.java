package dev.agora.catalog.adapter.in.web;

import dev.agora.platform.problem.ErrorCode;

/** The catalog's own error codes, beside the platform's; each is described in docs/errors.md. */
public final class CatalogErrorCodes {

    public static final ErrorCode PRODUCT_NOT_FOUND = new ErrorCode("PRODUCT_NOT_FOUND", 404, "Product not found");

    public static final ErrorCode SKU_EXISTS = new ErrorCode("SKU_EXISTS", 409, "The sku is taken");

    private CatalogErrorCodes() {}
}
