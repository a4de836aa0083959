package dev.agora.catalog.adapter.in.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.contracts.catalog.v1.CatalogProduct;
import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.GetProductsResponse;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import dev.agora.testing.TestIssuer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * ProductCatalog as orders calls it: real gRPC over a real port, a deadline on every call, and a bearer token checked
 * against a real JWKS endpoint, as on the HTTP port (zero trust).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:catalog-grpc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ProductCatalogGrpcIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String SKILLET = "4287c6a1-5bbe-5641-9482-f6614a843bb7";

    @Value("${local.grpc.port}")
    int port;

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
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void gives_the_current_price_of_known_products_and_names_the_unknown_ones() {
        String unknown = UUID.randomUUID().toString();

        GetProductsResponse response = catalog.withDeadlineAfter(2, TimeUnit.SECONDS)
                .getProducts(GetProductsRequest.newBuilder()
                        .addProductIds(SKILLET)
                        .addProductIds(unknown)
                        .addProductIds("not-a-uuid")
                        .build());

        assertThat(response.getProductsList()).hasSize(1);
        CatalogProduct skillet = response.getProducts(0);
        assertThat(skillet.getProductId()).isEqualTo(SKILLET);
        assertThat(skillet.getSku()).isEqualTo("KIT-001");
        assertThat(skillet.getPrice().getAmount()).isEqualTo("39.90");
        assertThat(skillet.getPrice().getCurrency()).isEqualTo("EUR");
        assertThat(response.getUnknownProductIdsList()).containsExactlyInAnyOrder(unknown, "not-a-uuid");
    }

    @Test
    void refuses_more_ids_than_an_order_has_lines() {
        GetProductsRequest tooMany = GetProductsRequest.newBuilder()
                .addAllProductIds(Collections.nCopies(101, SKILLET))
                .build();

        assertThatThrownBy(() -> catalog.withDeadlineAfter(2, TimeUnit.SECONDS).getProducts(tooMany))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void refuses_a_call_without_a_token_and_every_forged_one() {
        GetProductsRequest request =
                GetProductsRequest.newBuilder().addProductIds(SKILLET).build();
        assertUnauthenticated(ProductCatalogGrpc.newBlockingStub(channel), request, "no token");

        ISSUER.forgeries("orders", "CUSTOMER").forEach((forgery, token) -> {
            Metadata forged = new Metadata();
            forged.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
            assertUnauthenticated(
                    ProductCatalogGrpc.newBlockingStub(channel)
                            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(forged)),
                    request,
                    forgery);
        });
    }

    private static void assertUnauthenticated(
            ProductCatalogGrpc.ProductCatalogBlockingStub caller, GetProductsRequest request, String why) {
        assertThatThrownBy(() -> caller.withDeadlineAfter(2, TimeUnit.SECONDS).getProducts(request))
                .as(why)
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }
}
