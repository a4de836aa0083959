package dev.agora.launcher;

/** A failure the user can act on: its message is printed as one line, without a stack trace. */
public class LaunchFailure extends RuntimeException {

    private final String details;

    public LaunchFailure(String message) {
        this(message, "");
    }

    /** {@code details} are printed below the message, for example a service's last log lines. */
    public LaunchFailure(String message, String details) {
        super(message);
        this.details = details;
    }

    public String details() {
        return details;
    }
}
