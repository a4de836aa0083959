package dev.agora.inventory.adapter.in.web;

import dev.agora.platform.problem.ErrorCode;

/** Inventory's own error codes, beside the platform's; each is described in docs/errors.md. */
public final class InventoryErrorCodes {

    public static final ErrorCode STOCK_NOT_FOUND = new ErrorCode("STOCK_NOT_FOUND", 404, "No stock for this product");
    public static final ErrorCode STOCK_LIMIT_EXCEEDED =
            new ErrorCode("STOCK_LIMIT_EXCEEDED", 409, "The receipt would exceed the most units a product may have");

    private InventoryErrorCodes() {}
}
