package dev.agora.mobilebff.adapter.in.graphql;

import dev.agora.platform.problem.ErrorCode;

/**
 * The codes only the mobile BFF answers with, in a GraphQL error's {@code extensions.code}; every other error carries
 * the code of the service that refused (docs/errors.md). GraphQL answers them with 200, the status is what REST would
 * say.
 */
public final class MobileBffErrorCodes {

    public static final ErrorCode QUERY_TOO_DEEP =
            new ErrorCode("QUERY_TOO_DEEP", 400, "The query nests fields deeper than the mobile API allows");
    public static final ErrorCode QUERY_TOO_COMPLEX =
            new ErrorCode("QUERY_TOO_COMPLEX", 400, "The query asks for more fields than the mobile API allows");

    private MobileBffErrorCodes() {}
}
