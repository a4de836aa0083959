package dev.agora.launcher;

/**
 * A command line the launcher cannot take (an unknown command or option, a missing or malformed value): {@code ./agora}
 * prints what was wrong and the command's usage to standard error and exits with 2, before anything is started.
 */
public class UsageError extends LaunchFailure {

    public UsageError(String message) {
        super(message);
    }
}
