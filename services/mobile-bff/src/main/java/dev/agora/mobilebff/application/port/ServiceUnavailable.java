package dev.agora.mobilebff.application.port;

/**
 * A service did not answer in time, answered that it broke, or is paused after repeated failures: the fields it
 * would fill are missing from the answer, and the rest is there.
 */
public final class ServiceUnavailable extends RuntimeException {

    private final String service;
    private final boolean timedOut;

    public ServiceUnavailable(String service, boolean timedOut, Throwable cause) {
        super(service + (timedOut ? " did not answer in time" : " is unavailable"), cause);
        this.service = service;
        this.timedOut = timedOut;
    }

    public String service() {
        return service;
    }

    /** Whether it was reached but gave no answer within the deadline. */
    public boolean timedOut() {
        return timedOut;
    }
}
