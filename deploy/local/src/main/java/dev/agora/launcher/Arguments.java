package dev.agora.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command line read against a command's {@link Usage}: its options by name and its plain words. Anything the usage
 * does not know, a value missing or given twice, too few or too many words: a {@link UsageError} saying which.
 */
final class Arguments {

    private final Map<String, String> options;
    private final List<String> words;

    private Arguments(Map<String, String> options, List<String> words) {
        this.options = options;
        this.words = words;
    }

    static Arguments parse(Usage usage, List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (int at = 0; at < args.size(); at++) {
            String arg = args.get(at);
            if (!arg.startsWith("-") || arg.length() == 1) {
                words.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String given = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            Option option = usage.option(given).orElseThrow(() -> new UsageError("unknown option '" + given + "'."));
            String value = "";
            if (option.takesValue()) {
                if (equals > 0 && given.length() < arg.length()) {
                    value = arg.substring(equals + 1);
                } else if (at + 1 < args.size() && !args.get(at + 1).startsWith("--")) {
                    value = args.get(++at);
                }
                if (value.isBlank()) {
                    throw new UsageError(given + " needs a value (" + option.value() + ").");
                }
            } else if (!given.equals(arg)) {
                throw new UsageError(given + " takes no value.");
            }
            if (options.putIfAbsent(option.name(), value) != null) {
                throw new UsageError(given + " is given twice.");
            }
        }
        if (words.size() < usage.minWords()) {
            throw new UsageError(words.isEmpty() ? "something is missing." : "too few arguments.");
        }
        if (words.size() > usage.maxWords()) {
            throw new UsageError("unexpected '" + words.get(usage.maxWords()) + "'.");
        }
        return new Arguments(options, List.copyOf(words));
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    String value(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }

    /** A whole number of seconds, at least one. */
    int seconds(String option, int fallback) {
        String value = options.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            int seconds = Integer.parseInt(value);
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new UsageError(option + " takes a whole number of seconds, not '" + value + "'.");
    }

    List<String> words() {
        return words;
    }

    /** The word at {@code index}, or {@code fallback} where there is none. */
    String word(int index, String fallback) {
        return index < words.size() ? words.get(index) : fallback;
    }
}
