package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code ./agora}: help made from the commands, and what it refuses before doing anything. */
class AgoraTest {

    static final Path REPOSITORY = Home.findRepository(Path.of(""));

    @TempDir
    Path state;

    /** What one command line printed and gave. */
    record Ran(int exit, String out, String err) {}

    Ran agora(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Agora.run(
                new Home(REPOSITORY, state),
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void help_lists_every_command_from_its_own_usage() {
        Ran help = agora("help");

        assertThat(help.exit()).isZero();
        assertThat(Agora.COMMANDS)
                .extracting(Command::name)
                .containsExactly(
                        "up", "down", "status", "kill", "restart", "chaos", "logs", "token", "dlt", "image", "kube");
        for (Command command : Agora.COMMANDS) {
            assertThat(help.out()).contains("  " + command.usage().synopsis());
        }
        assertThat(agora().out()).isEqualTo(help.out());
    }

    @Test
    void help_of_one_command_prints_its_usage_alone() {
        Ran help = agora("help", "up");

        assertThat(help.exit()).isZero();
        assertThat(help.out())
                .startsWith("Usage: ./agora up [-d]")
                .contains("--scale")
                .doesNotContain("kube");
    }

    @Test
    void a_misspelt_option_exits_2_with_the_usage_and_starts_nothing() {
        Ran up = agora("up", "--sclae", "catalog=2");

        assertThat(up.exit()).isEqualTo(2);
        assertThat(up.out()).isEmpty();
        assertThat(up.err()).startsWith("agora up: unknown option '--sclae'.").contains("Usage: ./agora up [-d]");
        assertThat(state).isEmptyDirectory();
    }

    @Test
    void an_unknown_command_exits_2_with_the_list_of_commands() {
        Ran bogus = agora("frobnicate");

        assertThat(bogus.exit()).isEqualTo(2);
        assertThat(bogus.err())
                .startsWith("agora: unknown command 'frobnicate'.")
                .contains("  kube up");
        assertThat(agora("help", "frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void a_missing_or_malformed_value_exits_2_saying_which() {
        assertThat(agora("up", "--scale").err()).startsWith("agora up: --scale needs a value (SERVICE=N,...).");
        assertThat(agora("up", "--timeout", "soon").err())
                .startsWith("agora up: --timeout takes a whole number of seconds, not 'soon'.");
        assertThat(agora("up", "--scale", "identity=2").err()).startsWith("agora up: cannot scale 'identity'");
        assertThat(agora("up", "--with", "grafana").exit()).isEqualTo(2);
        assertThat(agora("up", "-d", "-d").err()).startsWith("agora up: -d is given twice.");
        assertThat(agora("down", "-d").err()).startsWith("agora down: unknown option '-d'.");
        assertThat(agora("logs", "--trace", "xyz").exit()).isEqualTo(2);
        assertThat(agora("chaos", "catalog", "latency=soon").exit()).isEqualTo(2);
    }

    @Test
    void too_few_or_too_many_words_exit_2() {
        assertThat(agora("kill").err())
                .startsWith("agora kill: something is missing.")
                .contains("Usage: ./agora kill");
        assertThat(agora("kill", "catalog", "orders").err()).startsWith("agora kill: unexpected 'orders'.");
        assertThat(agora("status", "now").exit()).isEqualTo(2);
        assertThat(agora("token", "mallory").err()).startsWith("agora token: no seeded user 'mallory'");
        assertThat(agora("token", "carol@agora.test").err())
                .as("an account other than the seeded ones gives its password in the environment")
                .startsWith("agora token: no password for carol@agora.test: put it in the environment variable"
                        + " AGORA_PASSWORD");
        assertThat(agora("dlt", "empty").exit()).isEqualTo(2);
        assertThat(agora("kube", "sideways").exit()).isEqualTo(2);
    }

    @Test
    void an_unknown_image_or_subcommand_exits_2_naming_the_services() {
        Ran shop = agora("image", "build", "shop");

        assertThat(shop.exit()).isEqualTo(2);
        assertThat(shop.err()).startsWith("agora image: no service 'shop'").contains("catalog");
        assertThat(agora("image", "push").err()).contains("Usage: ./agora image build");
    }

    @Test
    void options_take_their_value_after_a_space_or_an_equals_sign() {
        Usage usage = new UpCommand().usage();

        Arguments spaced = Arguments.parse(usage, List.of("-d", "--timeout", "30"));
        Arguments joined = Arguments.parse(usage, List.of("--detach", "--timeout=30"));

        assertThat(spaced.has("-d")).isTrue();
        assertThat(joined.has("-d")).isTrue();
        assertThat(spaced.seconds("--timeout", 120)).isEqualTo(30);
        assertThat(joined.seconds("--timeout", 120)).isEqualTo(30);
        assertThat(Arguments.parse(usage, List.of()).seconds("--timeout", 120)).isEqualTo(120);
    }

    @Test
    void a_token_asked_of_a_gateway_that_is_not_there_says_so_and_how_to_start_one() throws IOException {
        URI nowhere;
        try (ServerSocket closed = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + closed.getLocalPort());
        }
        SignIn.Refused refused = null;
        try {
            new SignIn(nowhere).withPassword("alice@agora.test", "alice-password");
        } catch (SignIn.Refused expected) {
            refused = expected;
        }

        assertThat(refused).isNotNull();
        assertThat(refused.nothingAnswered()).isTrue();
        assertThat(TokenCommand.failure("alice", nowhere, refused).getMessage())
                .isEqualTo("nothing answers at " + nowhere + " — start Agora with ./agora up (or ./agora kube up, or"
                        + " port-forward a cluster's gateway to 127.0.0.1:8080).");
    }

    @Test
    void the_readme_names_every_command() throws IOException {
        String readme = Files.readString(REPOSITORY.resolve("README.md"));
        for (Command command : Agora.COMMANDS) {
            assertThat(readme)
                    .as("README.md mentions ./agora %s", command.name())
                    .contains("./agora " + command.name());
        }
    }
}
