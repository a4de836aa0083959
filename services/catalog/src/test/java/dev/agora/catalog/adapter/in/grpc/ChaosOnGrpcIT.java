package dev.agora.catalog.adapter.in.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import dev.agora.platform.chaos.Chaos;
import dev.agora.testing.TestIssuer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The chaos profile slows and fails the catalog's gRPC calls too, as orders sees them over a real port. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:catalog-chaos;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("chaos")
class ChaosOnGrpcIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String SKILLET = "4287c6a1-5bbe-5641-9482-f6614a843bb7";

    @Value("${local.grpc.port}")
    int port;

    @Autowired
    Chaos chaos;

    ManagedChannel channel;
    ProductCatalogGrpc.ProductCatalogBlockingStub catalog;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", port)
                .usePlaintext()
                .build();
        Metadata bearer = new Metadata();
        bearer.put(
                Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                "Bearer " + ISSUER.token("orders", "CUSTOMER"));
        catalog = ProductCatalogGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer));
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        chaos.set(Chaos.Settings.OFF);
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void injected_errors_fail_the_call_with_unavailable() {
        chaos.set(new Chaos.Settings(Duration.ZERO, 1.0));

        assertThatThrownBy(() -> catalog.withDeadlineAfter(2, TimeUnit.SECONDS).getProducts(request()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        failure -> assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
    }

    @Test
    void injected_latency_outlasts_a_shorter_deadline() {
        chaos.set(new Chaos.Settings(Duration.ofMillis(800), 0));

        assertThatThrownBy(() ->
                        catalog.withDeadlineAfter(300, TimeUnit.MILLISECONDS).getProducts(request()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        failure -> assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
        assertThat(catalog.withDeadlineAfter(3, TimeUnit.SECONDS)
                        .getProducts(request())
                        .getProductsCount())
                .isEqualTo(1);
    }

    private static GetProductsRequest request() {
        return GetProductsRequest.newBuilder().addProductIds(SKILLET).build();
    }
}
