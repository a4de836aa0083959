package dev.agora.mobilebff.adapter.out.http;

import dev.agora.mobilebff.application.port.CustomerAccounts;
import dev.agora.mobilebff.domain.Customer;

/** Identity's {@code GET /api/me}, in the caller's name. */
public final class HttpCustomerAccounts implements CustomerAccounts {

    private final ServiceApi identity;

    public HttpCustomerAccounts(ServiceApi identity) {
        this.identity = identity;
    }

    @Override
    public Customer me() {
        return identity.read(client -> client.get().uri("/api/me").retrieve().body(Customer.class));
    }
}
