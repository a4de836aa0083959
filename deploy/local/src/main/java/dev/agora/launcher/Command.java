package dev.agora.launcher;

import java.io.PrintStream;

/** One of {@code ./agora}'s commands: its usage (its name first), and what it does with a command line read against it. */
abstract class Command {

    private final Usage usage;

    Command(Usage usage) {
        this.usage = usage;
    }

    final String name() {
        return usage.name();
    }

    final Usage usage() {
        return usage;
    }

    /** Runs with {@code arguments} already checked against {@link #usage()}; what it prints goes to {@code out}. */
    abstract int run(Home home, Arguments arguments, PrintStream out);
}
