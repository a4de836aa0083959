package dev.agora.gateway.routing;

import dev.agora.platform.problem.ErrorCode;

/** Error codes only the gateway answers with; each is described in docs/errors.md. */
public enum GatewayErrorCode implements ErrorCode {
    UPSTREAM_TIMEOUT(504, "The service did not answer in time");

    private final int status;
    private final String title;

    GatewayErrorCode(int status, String title) {
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
