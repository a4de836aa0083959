package dev.agora.identity.domain;

/** What an account may do: customers buy, admins change the catalog. */
public enum Role {
    CUSTOMER,
    ADMIN
}
