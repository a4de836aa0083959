package dev.agora.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.platform.warmup.WarmUps;
import dev.agora.testing.ApiClient;
import dev.agora.testing.TestIssuer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** After identity rotates its key, a service fetches the JWKS again for the new kid, with no restart. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=sample")
class KeyRotationTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @LocalServerPort
    int port;

    @Autowired
    WarmUps warmUps;

    @BeforeEach
    void awaitReady() {
        // Ready first, as a caller would be: the service's own fetch of the keys must not land among those counted.
        await().atMost(Duration.ofSeconds(10)).until(warmUps::isDone);
    }

    int me(String token) {
        return ApiClient.onPort(port)
                .get("/me", "Authorization", "Bearer " + token)
                .status();
    }

    @Test
    void a_token_with_a_new_key_id_makes_the_service_fetch_the_keys_again() {
        String before = ISSUER.token("alice-id", "CUSTOMER");
        assertThat(me(before)).isEqualTo(200);
        int fetched = ISSUER.jwksRequests();

        ISSUER.rotateKey();
        String after = ISSUER.token("alice-id", "CUSTOMER");

        assertThat(me(after)).isEqualTo(200);
        assertThat(ISSUER.jwksRequests()).isEqualTo(fetched + 1);
        assertThat(me(before)).as("the old key is still published").isEqualTo(200);
    }
}
