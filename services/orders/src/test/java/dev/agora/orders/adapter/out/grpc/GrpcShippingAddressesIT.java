package dev.agora.orders.adapter.out.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.contracts.users.v1.ShippingAddress;
import dev.agora.contracts.users.v1.ShippingAddressesGrpc;
import dev.agora.orders.application.port.ShippingAddresses.AddressesUnavailable;
import dev.agora.platform.resilience.CallPolicy;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.resilience.ResilienceProperties;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The address of a checkout over real gRPC against a users stand-in: asked in the customer's name (their token
 * relayed), none for another customer, and no fallback when users is gone.
 */
class GrpcShippingAddressesIT {

    static final CallPolicy POLICY = new CallPolicy(
            Duration.ofSeconds(1),
            new CallPolicy.Retry(3, Duration.ofMillis(10)),
            new CallPolicy.Breaker(5, 50, 20, Duration.ofMillis(500), Duration.ofSeconds(60)),
            1);

    final StandInUsers users = new StandInUsers();
    ManagedChannel channel;
    GrpcShippingAddresses addresses;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", users.port())
                .usePlaintext()
                .build();
        addresses = new GrpcShippingAddresses(
                ShippingAddressesGrpc.newBlockingStub(channel),
                new OutboundCalls(new ResilienceProperties(Map.of("grpc", POLICY)), new SimpleMeterRegistry()));
    }

    @AfterEach
    void close() {
        SecurityContextHolder.clearContext();
        channel.shutdownNow();
        users.stop();
    }

    static void signedInWith(String token) {
        Jwt jwt =
                Jwt.withTokenValue(token).header("alg", "RS256").subject("dora").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }

    @Test
    void finds_the_callers_own_address_and_none_of_anyone_elses() {
        String id = UUID.randomUUID().toString();
        users.knows(
                "dora-token",
                ShippingAddress.newBuilder()
                        .setAddressId(id)
                        .setRecipient("Dora Martin")
                        .setLine1("12 rue des Lilas")
                        .setPostalCode("75011")
                        .setCity("Paris")
                        .setCountry("FR")
                        .build());

        signedInWith("dora-token");
        assertThat(addresses.find(UUID.fromString(id))).hasValueSatisfying(found -> {
            assertThat(found.recipient()).isEqualTo("Dora Martin");
            assertThat(found.label()).as("none given").isNull();
        });
        signedInWith("eve-token");
        assertThat(addresses.find(UUID.fromString(id))).isEmpty();
    }

    @Test
    void users_gone_places_nothing() {
        users.stop();
        signedInWith("dora-token");

        assertThatThrownBy(() -> addresses.find(UUID.randomUUID())).isInstanceOf(AddressesUnavailable.class);
    }
}
