package dev.agora.users.config;

import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code agora.users.*}.
 *
 * @param erasure how customers' erasures go
 */
@ConfigurationProperties("agora.users")
@Validated
public record UsersProperties(@DefaultValue Erasure erasure) {

    /**
     * {@code agora.users.erasure.*}.
     *
     * @param participants the services that must confirm an erasure, users included; a service added to the
     *     choreography is added here
     * @param deadline how long an erasure may wait for its confirmations before it is overdue (and alerts)
     * @param recentSignIn how recent the customer's sign-in must be to ask for their erasure
     */
    public record Erasure(
            @DefaultValue({"users", "identity", "orders", "payments", "notifications", "reviews"}) @NotEmpty
            List<String> participants,

            @DefaultValue("15m") Duration deadline,
            @DefaultValue("5m") Duration recentSignIn) {}
}
