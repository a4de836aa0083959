package dev.agora.launcher;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** An option a command accepts: a flag ({@code -d}) or one that takes a value ({@code --timeout SECONDS}). */
record Option(List<String> names, @Nullable String value) {

    Option {
        names = List.copyOf(names);
    }

    static Option flag(String name, String... aliases) {
        return new Option(names(name, aliases), null);
    }

    /** {@code value} names what it takes in the usage text, as in {@code --timeout SECONDS}. */
    static Option valued(String name, String value) {
        return new Option(List.of(name), value);
    }

    /** The name the command asks for it by. */
    String name() {
        return names.getFirst();
    }

    boolean takesValue() {
        return value != null;
    }

    boolean isCalled(String given) {
        return names.contains(given);
    }

    private static List<String> names(String name, String... aliases) {
        return Stream.concat(Stream.of(name), Stream.of(aliases)).toList();
    }
}
