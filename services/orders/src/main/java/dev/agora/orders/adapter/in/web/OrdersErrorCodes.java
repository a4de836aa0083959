package dev.agora.orders.adapter.in.web;

import dev.agora.platform.problem.ErrorCode;

/** Orders' own error codes, beside the platform's; each is described in docs/errors.md. */
public final class OrdersErrorCodes {

    public static final ErrorCode ORDER_NOT_FOUND = new ErrorCode("ORDER_NOT_FOUND", 404, "No such order");
    public static final ErrorCode ORDER_ALREADY_CONFIRMED =
            new ErrorCode("ORDER_ALREADY_CONFIRMED", 409, "The order is confirmed: it can no longer be cancelled");

    private OrdersErrorCodes() {}
}
