package dev.agora.users.adapter.in.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.contracts.users.v1.GetShippingAddressRequest;
import dev.agora.contracts.users.v1.ShippingAddress;
import dev.agora.contracts.users.v1.ShippingAddressesGrpc;
import dev.agora.testing.ApiClient;
import dev.agora.testing.TestIssuer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ShippingAddresses as orders calls it: real gRPC over a real port, with the customer's bearer token checked against a
 * real JWKS endpoint; a customer's address is found for them only.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:users-grpc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ShippingAddressesGrpcIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @Value("${local.grpc.port}")
    int grpcPort;

    @LocalServerPort
    int port;

    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort)
                .usePlaintext()
                .build();
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    ShippingAddressesGrpc.ShippingAddressesBlockingStub as(String token) {
        Metadata bearer = new Metadata();
        bearer.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return ShippingAddressesGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer))
                .withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    static GetShippingAddressRequest request(String id) {
        return GetShippingAddressRequest.newBuilder().setAddressId(id).build();
    }

    @Test
    void gives_a_customer_their_own_address_and_nobody_else_s() {
        String alice = ISSUER.token(UUID.randomUUID().toString(), "CUSTOMER");
        String id = ApiClient.onPort(port)
                .send(
                        "POST",
                        "/api/users/me/addresses",
                        """
                        {"recipient": "Alice Martin", "line1": "12 rue des Lilas", "postalCode": "75011",
                         "city": "Paris", "country": "FR"}""",
                        "Authorization",
                        "Bearer " + alice,
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        UUID.randomUUID().toString())
                .json()
                .path("id")
                .asString();

        ShippingAddress found = as(alice).getShippingAddress(request(id));

        assertThat(found.getAddressId()).isEqualTo(id);
        assertThat(found.getRecipient()).isEqualTo("Alice Martin");
        assertThat(found.getCountry()).isEqualTo("FR");
        assertThat(found.getLine2()).as("none given").isEmpty();
        String bob = ISSUER.token(UUID.randomUUID().toString(), "CUSTOMER");
        assertCode(() -> as(bob).getShippingAddress(request(id)), Status.Code.NOT_FOUND);
        assertCode(() -> as(alice).getShippingAddress(request("not-an-id")), Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void refuses_a_call_without_a_token_and_every_forged_one() {
        String id = UUID.randomUUID().toString();
        assertCode(
                () -> ShippingAddressesGrpc.newBlockingStub(channel).getShippingAddress(request(id)),
                Status.Code.UNAUTHENTICATED);
        ISSUER.forgeries(UUID.randomUUID().toString(), "CUSTOMER")
                .forEach((forgery, token) ->
                        assertCode(() -> as(token).getShippingAddress(request(id)), Status.Code.UNAUTHENTICATED));
    }

    private static void assertCode(Runnable call, Status.Code code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(code));
    }
}
