package dev.agora.mobilebff.adapter.in.graphql;

import dev.agora.platform.problem.ErrorCode;

/**
 * The codes only the mobile BFF answers with, in a GraphQL error's {@code extensions.code}; every other error carries
 * the code of the service that refused (docs/errors.md). A query refused as a whole is answered 400 to an app that
 * accepts {@code application/graphql-response+json}, 200 to one that accepts only {@code application/json}.
 */
public final class MobileBffErrorCodes {

    public static final ErrorCode QUERY_TOO_DEEP =
            new ErrorCode("QUERY_TOO_DEEP", 400, "The query nests fields deeper than the mobile API allows");
    public static final ErrorCode QUERY_TOO_COMPLEX =
            new ErrorCode("QUERY_TOO_COMPLEX", 400, "The query asks for more fields than the mobile API allows");

    private MobileBffErrorCodes() {}
}
