package dev.agora.launcher;

import java.io.PrintStream;

/** One of {@code ./agora}'s commands: its name, its usage, and what it does with a command line read against it. */
interface Command {

    String name();

    Usage usage();

    /** Runs with {@code arguments} already checked against {@link #usage()}; what it prints goes to {@code out}. */
    int run(Home home, Arguments arguments, PrintStream out);
}
