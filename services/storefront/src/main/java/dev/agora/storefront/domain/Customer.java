package dev.agora.storefront.domain;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in customer, as identity knows them: the account id (the {@code sub} of their tokens), the name to greet
 * them by, and their roles ({@code CUSTOMER}, {@code ADMIN}).
 */
public record Customer(String id, String name, String email, Set<String> roles) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
    }
}
