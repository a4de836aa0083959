package dev.agora.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
