package dev.agora.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The PrometheusRule of components/observability holds exactly the groups of deploy/observability/rules, the files
 * that promtool tests and that ./agora up --with prometheus loads: one set of rules, wherever Agora runs. Run with
 * {@code -Dagora.k8s.regenerate=true} after changing a rule file to write it again.
 */
class PrometheusRuleTest {

    static final Path RULES = Kustomize.ROOT.resolve("../observability/rules").normalize();
    static final Path PROMETHEUS_RULE = Kustomize.ROOT.resolve("components/observability/prometheus-rule.yaml");

    static final String HEADER = """
            # GENERATED from deploy/observability/rules/*.yml by PrometheusRuleTest (-Dagora.k8s.regenerate=true): the same
            # recording rules and alerts that ./agora up --with prometheus loads, for the Prometheus Operator. Edit the rule files.
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata:
              name: agora
              labels:
                app.kubernetes.io/part-of: agora
            spec:
              groups:
            """;

    @Test
    void the_prometheus_rule_holds_the_rule_files_groups() throws IOException {
        String expected = HEADER + indented(groupsOf("slo-recording.yml") + groupsOf("alerts.yml"));
        if (Boolean.getBoolean("agora.k8s.regenerate")) {
            Files.writeString(PROMETHEUS_RULE, expected);
        }
        assertThat(Files.readString(PROMETHEUS_RULE))
                .as(PROMETHEUS_RULE + " is behind " + RULES
                        + ": write it again with ./mvnw -pl deploy/k8s -am test -Dagora.k8s.regenerate=true")
                .isEqualTo(expected);
    }

    /** What follows "groups:" in a rule file (its comments before that stay in the file). */
    private static String groupsOf(String file) throws IOException {
        String rules = Files.readString(RULES.resolve(file));
        String after = rules.substring(rules.indexOf("groups:") + "groups:".length());
        return after.replaceFirst("^\\R+", "");
    }

    private static String indented(String text) {
        return text.lines()
                .map(line -> line.isBlank() ? line : "  " + line)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
