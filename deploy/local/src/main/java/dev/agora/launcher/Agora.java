package dev.agora.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code ./agora}: runs Agora on this machine, one JVM per service, no containers needed. */
public final class Agora {

    /** Every command, in the order {@code ./agora help} lists them. */
    static final List<Command> COMMANDS = List.of(
            new UpCommand(),
            new DownCommand(),
            new StatusCommand(),
            new KillCommand(),
            new RestartCommand(),
            new ChaosCommand(),
            new LogsCommand(),
            new TokenCommand(),
            new DltCommand(),
            new ImageCommand(),
            new KubeCommand());

    /** Exit status of a command line that could not be taken (POSIX utilities use 2 for misuse). */
    static final int USAGE_ERROR = 2;

    private Agora() {}

    public static void main(String[] args) {
        try {
            System.exit(run(Home.of(Home.findRepository(Path.of(""))), List.of(args), System.out, System.err));
        } catch (LaunchFailure failure) {
            System.err.println("agora: " + failure.getMessage());
            if (!failure.details().isBlank()) {
                System.err.println(failure.details());
            }
            System.exit(1);
        } catch (RuntimeException unexpected) {
            System.err.println("agora: unexpected failure: " + unexpected
                    + " (please report it with the command you ran; ./agora down stops anything left running)");
            System.exit(1);
        }
    }

    /** Runs one command against the platform whose state is in {@code home}, printing to the console. */
    public static int run(Home home, List<String> args) {
        return run(home, args, System.out, System.err);
    }

    /**
     * Runs one command against the platform whose state is in {@code home} (tests use their own): what it prints goes to
     * {@code out}; a command line it cannot take is said on {@code err} with the command's usage, and gives
     * {@value #USAGE_ERROR}. Other failures are thrown as {@link LaunchFailure}s.
     */
    public static int run(Home home, List<String> args, PrintStream out, PrintStream err) {
        String name = args.isEmpty() ? "help" : args.getFirst();
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        if (List.of("help", "-h", "--help").contains(name)) {
            return help(rest, out, err);
        }
        Optional<Command> command = command(name);
        if (command.isEmpty()) {
            err.println("agora: unknown command '" + name + "'.");
            err.println();
            err.print(overview());
            return USAGE_ERROR;
        }
        try {
            return command.get().run(home, Arguments.parse(command.get().usage(), rest), out);
        } catch (UsageError wrong) {
            err.println("agora " + name + ": " + wrong.getMessage());
            err.println();
            err.print(command.get().usage().text());
            return USAGE_ERROR;
        }
    }

    static Optional<Command> command(String name) {
        return COMMANDS.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    /** {@code ./agora help}: every command; {@code ./agora help <command>}: that one's usage. */
    private static int help(List<String> words, PrintStream out, PrintStream err) {
        if (words.isEmpty()) {
            out.print(overview());
            return 0;
        }
        Optional<Command> command = words.size() == 1 ? command(words.getFirst()) : Optional.empty();
        if (command.isEmpty()) {
            err.println("agora help: no command '" + String.join(" ", words) + "'.");
            err.println();
            err.print(overview());
            return USAGE_ERROR;
        }
        out.print(command.get().usage().text());
        return 0;
    }

    static String overview() {
        StringBuilder text = new StringBuilder("Usage: ./agora <command> [options]")
                .append(System.lineSeparator())
                .append(System.lineSeparator());
        COMMANDS.forEach(command -> text.append(command.usage().entry()));
        text.append("  help [COMMAND]").append(System.lineSeparator());
        text.append("      this text, or one command's").append(System.lineSeparator());
        text.append(System.lineSeparator());
        text.append("State, logs and databases live in .agora/ (delete it to start afresh; with up --postgres, the")
                .append(System.lineSeparator())
                .append("databases are agora_* on the PostgreSQL server).")
                .append(System.lineSeparator());
        return text.toString();
    }
}
