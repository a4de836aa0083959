package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSpecTest {

    @Test
    void an_argument_replaces_the_one_for_the_same_property_and_keeps_the_others() {
        ServiceSpec catalog = new ServiceSpec(
                "catalog", 8081, 8081, List.of("--server.port=8081", "--agora.security.issuer=http://a"));

        ServiceSpec changed = catalog.withArgument("agora.security.issuer", "http://b")
                .withArgument("agora.security.audience", "other");

        assertThat(changed.arguments())
                .containsExactly(
                        "--server.port=8081", "--agora.security.issuer=http://b", "--agora.security.audience=other");
    }
}
