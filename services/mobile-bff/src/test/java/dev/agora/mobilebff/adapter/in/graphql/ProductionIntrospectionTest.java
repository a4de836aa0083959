package dev.agora.mobilebff.adapter.in.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Under {@code prod}, nobody explores the schema from outside: it is published in the repository instead. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProductionIntrospectionTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @LocalServerPort
    int port;

    @Test
    void introspection_is_refused() {
        JsonNode answer = new MobileApi(ApiClient.onPort(port)).query("{ __schema { queryType { name } } }");

        assertThat(answer.path("data").path("__schema").isMissingNode()
                        || answer.path("data").isNull())
                .isTrue();
        assertThat(answer.path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(ApiClient.onPort(port).get("/mobile/graphql/schema").status())
                .isEqualTo(404);
    }
}
