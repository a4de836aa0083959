package dev.agora.launcher;

import java.util.List;
import java.util.Optional;

/**
 * What a command accepts and says of itself: its synopsis ({@code up [-d] [--timeout SECONDS]}), what it does, its
 * options and how many plain words (service names, subcommands) it takes. {@code ./agora help} is made of these.
 */
record Usage(String synopsis, String description, List<Option> options, int minWords, int maxWords) {

    static final int ANY_NUMBER = Integer.MAX_VALUE;

    Usage {
        options = List.copyOf(options);
        description = description.strip();
    }

    /** The command's name: the synopsis's first word. */
    String name() {
        int space = synopsis.indexOf(' ');
        return space < 0 ? synopsis : synopsis.substring(0, space);
    }

    Optional<Option> option(String given) {
        return options.stream().filter(option -> option.isCalled(given)).findFirst();
    }

    /** The whole text, as {@code ./agora help <command>} and a usage error print it. */
    String text() {
        return "Usage: ./agora " + synopsis + System.lineSeparator() + System.lineSeparator() + description.indent(2);
    }

    /** The synopsis and the description beside it, as {@code ./agora help} lists every command. */
    String entry() {
        StringBuilder entry = new StringBuilder("  ").append(synopsis).append(System.lineSeparator());
        entry.append(description.indent(6));
        return entry.toString();
    }
}
