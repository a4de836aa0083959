package dev.agora.identity.adapter.in.web;

import dev.agora.platform.problem.ErrorCode;

/** Identity's own error codes, beside the platform's; each is described in docs/errors.md. */
public final class IdentityErrorCodes {

    public static final ErrorCode ACCOUNT_EXISTS =
            new ErrorCode("ACCOUNT_EXISTS", 409, "An account with this e-mail already exists");

    public static final ErrorCode TOO_MANY_ATTEMPTS =
            new ErrorCode("TOO_MANY_ATTEMPTS", 429, "Too many failed sign-ins");

    private IdentityErrorCodes() {}
}
