package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.Home;
import dev.agora.testing.Unreachable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recording and alert rules of deploy/observability, checked by Prometheus's own promtool: they parse, and each
 * alert fires on the series its unit tests give and stays quiet on the others (tests/alerts-test.yml).
 */
class AlertRulesTest {

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    static final Path OBSERVABILITY = Home.findRepository(Path.of("")).resolve("deploy/observability");

    @BeforeAll
    static void promtoolIsThere() {
        if (!Files.isExecutable(PROMTOOL)) {
            Unreachable.skipOrFail(
                    "AlertRulesTest",
                    "promtool is not installed",
                    new IllegalStateException("no " + PROMTOOL),
                    "Install it with sudo apt-get install prometheus (.ci/run does).");
        }
    }

    @Test
    void the_rules_are_valid() throws Exception {
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString(), "check", "rules"));
        try (Stream<Path> files = Files.list(OBSERVABILITY.resolve("rules"))) {
            files.filter(file -> file.toString().endsWith(".yml"))
                    .sorted()
                    .forEach(file -> command.add(file.toString()));
        }
        assertThat(command).hasSizeGreaterThan(3);

        Programs.Result result = run(command);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void every_alert_fires_when_it_should_and_only_then() throws Exception {
        Programs.Result result = run(List.of(PROMTOOL.toString(), "test", "rules", "tests/alerts-test.yml"));

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void every_alert_has_its_unit_tests_and_its_runbook() throws IOException {
        String alerts = Files.readString(OBSERVABILITY.resolve("rules/alerts.yml"));
        String tests = Files.readString(OBSERVABILITY.resolve("tests/alerts-test.yml"));
        List<String> names = alerts.lines()
                .filter(line -> line.strip().startsWith("- alert: "))
                .map(line -> line.strip().substring("- alert: ".length()))
                .toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(11);
        for (String name : names) {
            assertThat(tests)
                    .as(name + " firing")
                    .contains("alertname: " + name + "\n        exp_alerts:\n          -");
            assertThat(tests).as(name + " quiet").contains("alertname: " + name + "\n        exp_alerts: []");
        }
        alerts.lines()
                .filter(line -> line.strip().startsWith("runbook_url: "))
                .map(line -> line.strip().substring("runbook_url: ".length()))
                .forEach(runbook -> assertThat(
                                OBSERVABILITY.getParent().getParent().resolve(runbook))
                        .as(runbook)
                        .isRegularFile());
    }

    private static Programs.Result run(List<String> command) throws IOException, InterruptedException {
        return Programs.run(command, OBSERVABILITY, Duration.ofSeconds(60));
    }
}
