package dev.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The chaos profile, switched at run time over /actuator/chaos, acting on the service's API and nothing else. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=sample")
@ActiveProfiles("chaos")
class ChaosProfileTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String[] SIGNED_IN = {"Authorization", "Bearer " + ISSUER.token("someone")};

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    @AfterEach
    void switchOff() {
        change("{\"off\": true}");
    }

    @Test
    void is_off_until_switched_on() {
        assertThat(api.get("/actuator/chaos").json().get("summary").asString()).isEqualTo("off");
        assertThat(api.get("/api/ping", SIGNED_IN).status()).isEqualTo(200);
    }

    @Test
    void fails_the_api_with_503_but_never_health_nor_its_own_switch() {
        Response switched = change("{\"errors\": \"100%\"}");

        assertThat(switched.json().get("errorPercent").asDouble()).isEqualTo(100.0);
        Response failed = api.get("/api/ping", SIGNED_IN);
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(failed.json().get("detail").asString()).contains("chaos");
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

        change("{\"off\": true}");
        assertThat(api.get("/api/ping", SIGNED_IN).status()).isEqualTo(200);
    }

    @Test
    void slows_the_api_by_the_latency_asked_for() {
        change("{\"latency\": \"400ms\"}");

        long start = System.nanoTime();
        Response slowed = api.get("/api/ping", SIGNED_IN);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(slowed.status()).isEqualTo(200);
        assertThat(tookMillis).as("never sooner than the latency").isGreaterThanOrEqualTo(400);
        assertThat(api.get("/actuator/chaos").json().get("summary").asString()).isEqualTo("latency=400ms errors=0%");
    }

    @Test
    void refuses_settings_it_cannot_read() {
        assertThat(change("{\"latency\": \"soon\"}").status()).isEqualTo(400);
        assertThat(change("{\"errors\": \"150%\"}").status()).isEqualTo(400);
    }

    private Response change(String body) {
        return api.send(
                "POST", "/actuator/chaos", body, "Content-Type", "application/vnd.spring-boot.actuator.v3+json");
    }
}
