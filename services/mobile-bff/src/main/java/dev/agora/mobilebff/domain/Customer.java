package dev.agora.mobilebff.domain;

import java.util.List;
import java.util.UUID;

/** The signed-in customer, as identity knows them. */
public record Customer(UUID id, String email, String name, List<String> roles) {

    public Customer {
        roles = List.copyOf(roles);
    }
}
