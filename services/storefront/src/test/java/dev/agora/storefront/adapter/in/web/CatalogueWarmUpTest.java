package dev.agora.storefront.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.testing.ApiClient;
import dev.agora.testing.TestIssuer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** ./agora up starts the storefront and the catalog together: the one ready first must not shut the shop. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CatalogueWarmUpTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @RegisterExtension
    static final ServicesOverHttp SERVICES = ServicesOverHttp.notYetListening();

    @LocalServerPort
    int port;

    @Autowired
    OutboundCalls calls;

    @Test
    void waits_for_a_catalog_still_starting_without_counting_it_against_the_breaker() {
        ApiClient shop = ApiClient.onPort(port);
        assertThat(shop.get("/actuator/health/readiness").status())
                .as("not ready while its warm-up waits for the catalog")
                .isEqualTo(503);

        SERVICES.listen();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> shop.get("/actuator/health/readiness").status() == 200);
        assertThat(SERVICES.asked()).extracting(uri -> uri.getPath()).contains("/api/categories", "/api/products");
        OutboundCall catalog = calls.all().stream()
                .filter(call -> call.dependency().equals("catalog"))
                .findFirst()
                .orElseThrow();
        assertThat(catalog.breaker().getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(shop.get("/").status()).isEqualTo(200);
    }
}
