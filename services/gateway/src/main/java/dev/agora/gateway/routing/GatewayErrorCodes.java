package dev.agora.gateway.routing;

import dev.agora.platform.problem.ErrorCode;

/** Error codes only the gateway answers with; each is described in docs/errors.md. */
public final class GatewayErrorCodes {

    public static final ErrorCode UPSTREAM_TIMEOUT =
            new ErrorCode("UPSTREAM_TIMEOUT", 504, "The service did not answer in time");

    private GatewayErrorCodes() {}
}
