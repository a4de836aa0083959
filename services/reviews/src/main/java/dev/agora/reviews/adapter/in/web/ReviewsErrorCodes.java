package dev.agora.reviews.adapter.in.web;

import dev.agora.platform.problem.ErrorCode;

/** The reviews' own error codes, beside the platform's; each is described in docs/errors.md. */
public final class ReviewsErrorCodes {

    public static final ErrorCode PURCHASE_REQUIRED = new ErrorCode("PURCHASE_REQUIRED", 403, "Purchase required");

    public static final ErrorCode REVIEW_EXISTS = new ErrorCode("REVIEW_EXISTS", 409, "Review exists");

    public static final ErrorCode REVIEW_NOT_FOUND = new ErrorCode("REVIEW_NOT_FOUND", 404, "Review not found");

    private ReviewsErrorCodes() {}
}
