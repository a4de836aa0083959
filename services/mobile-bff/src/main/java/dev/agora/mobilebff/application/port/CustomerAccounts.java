package dev.agora.mobilebff.application.port;

import dev.agora.mobilebff.domain.Customer;

/** Identity's accounts, read in the signed-in customer's name. */
public interface CustomerAccounts {

    /** The caller's own account. */
    Customer me();
}
