package dev.agora.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy catches a production manifest that selects a development stand-in, and passes one that selects none. */
class ProductionPolicyTest {

    static final String PAYMENTS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: payments}
            spec:
              selector: {matchLabels: {app.kubernetes.io/name: payments}}
              template:
                metadata: {labels: {app.kubernetes.io/name: payments}}
                spec:
                  containers:
                    - name: payments
                      image: agora/payments:0.1.0
                      envFrom:
                        - configMapRef: {name: payments}
                      env:
                        - name: AGORA_PAYMENTS_PROVIDER_APIKEY
                          valueFrom:
                            secretKeyRef: {name: payments-provider, key: api-key}
            """;

    static final Map<String, String> PRODUCTION_PAYMENTS = Map.of(
            "SPRING_PROFILES_ACTIVE", "kubernetes,postgres,prod",
            "AGORA_PAYMENTS_PROVIDER_KIND", "http",
            "AGORA_PAYMENTS_PROVIDER_URL", "https://api.payments.example/v1");

    @Test
    void payments_with_the_real_provider_under_prod_passes() {
        assertThat(ProductionPolicy.violations(deployment(PAYMENTS), Map.of("payments", PRODUCTION_PAYMENTS)))
                .isEmpty();
    }

    @Test
    void the_simulated_provider_is_caught_even_under_prod() {
        Map<String, String> simulated = Map.of(
                "SPRING_PROFILES_ACTIVE", "kubernetes,postgres,prod",
                "AGORA_PAYMENTS_PROVIDER_KIND", "Simulated",
                "AGORA_PAYMENTS_PROVIDER_URL", "https://api.payments.example/v1");

        assertThat(ProductionPolicy.violations(deployment(PAYMENTS), Map.of("payments", simulated)))
                .containsExactly(
                        "Deployment payments: AGORA_PAYMENTS_PROVIDER_KIND selects simulated, a development stand-in");
    }

    @Test
    void the_dev_profile_in_place_of_prod_is_caught_and_so_is_a_missing_address() {
        Map<String, String> demo = Map.of("SPRING_PROFILES_ACTIVE", "kubernetes,postgres,dev");

        assertThat(ProductionPolicy.violations(deployment(PAYMENTS), Map.of("payments", demo)))
                .containsExactly(
                        "Deployment payments: the dev profile is active (development stand-ins)",
                        "Deployment payments: the prod profile is not active, so nothing refuses development"
                                + " stand-ins (and without any profile the default one, dev, runs)",
                        "Deployment payments: AGORA_PAYMENTS_PROVIDER_URL is not set, and its prod profile refuses to"
                                + " start without it");
    }

    @Test
    void mail_files_set_on_the_deployment_itself_are_caught() {
        Deployment notifications = deployment("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: notifications}
                spec:
                  selector: {matchLabels: {app.kubernetes.io/name: notifications}}
                  template:
                    metadata: {labels: {app.kubernetes.io/name: notifications}}
                    spec:
                      containers:
                        - name: notifications
                          image: agora/notifications:0.1.0
                          envFrom:
                            - configMapRef: {name: notifications}
                          env:
                            - {name: AGORA_NOTIFICATIONS_MAIL_KIND, value: files}
                """);
        Map<String, String> production = Map.of(
                "SPRING_PROFILES_ACTIVE", "kubernetes,postgres,prod",
                "AGORA_NOTIFICATIONS_MAIL_KIND", "smtp",
                "SPRING_MAIL_HOST", "smtp.agora.example",
                "AGORA_NOTIFICATIONS_MAIL_FROM", "Agora <orders@shop.agora.example>",
                "AGORA_NOTIFICATIONS_MAIL_RECIPIENTDOMAIN", "customers.shop.agora.example");

        assertThat(ProductionPolicy.violations(notifications, Map.of("notifications", production)))
                .containsExactly("Deployment notifications: AGORA_NOTIFICATIONS_MAIL_KIND selects files, a development"
                        + " stand-in");
    }

    @Test
    void a_service_without_a_prod_profile_may_run_without_it_but_never_with_dev() {
        Deployment catalog = deployment(PAYMENTS.replace("payments", "catalog"));

        assertThat(ProductionPolicy.violations(
                        catalog, Map.of("catalog", Map.of("SPRING_PROFILES_ACTIVE", "kubernetes,postgres"))))
                .isEmpty();
        assertThat(ProductionPolicy.violations(
                        catalog, Map.of("catalog", Map.of("SPRING_PROFILES_ACTIVE", "kubernetes, dev"))))
                .containsExactly("Deployment catalog: the dev profile is active (development stand-ins)");
    }

    private static Deployment deployment(String yaml) {
        try {
            return StrictModel.read((ObjectNode) Kustomize.YAML.readTree(yaml), Deployment.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
