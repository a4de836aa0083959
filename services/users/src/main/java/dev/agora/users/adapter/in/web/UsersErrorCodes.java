package dev.agora.users.adapter.in.web;

import dev.agora.platform.problem.ErrorCode;

/** The users' own error codes, beside the platform's; each is described in docs/errors.md. */
public final class UsersErrorCodes {

    public static final ErrorCode USER_NOT_FOUND = new ErrorCode("USER_NOT_FOUND", 404, "User not found");

    public static final ErrorCode ADDRESS_NOT_FOUND = new ErrorCode("ADDRESS_NOT_FOUND", 404, "Address not found");

    public static final ErrorCode ADDRESS_LIMIT_REACHED =
            new ErrorCode("ADDRESS_LIMIT_REACHED", 409, "Too many addresses");

    public static final ErrorCode ERASURE_NOT_FOUND = new ErrorCode("ERASURE_NOT_FOUND", 404, "Erasure not found");

    public static final ErrorCode RECENT_SIGN_IN_REQUIRED =
            new ErrorCode("RECENT_SIGN_IN_REQUIRED", 403, "Recent sign-in required");

    private UsersErrorCodes() {}
}
