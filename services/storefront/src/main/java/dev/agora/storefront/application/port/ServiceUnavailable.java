package dev.agora.storefront.application.port;

/**
 * A service the page needs did not answer in time, answered that it broke, or is paused after repeated failures: the
 * page says so and the customer tries again in a moment; the rest of the shop keeps working.
 */
public final class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, Throwable cause) {
        super(service + " is unavailable", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
