package dev.agora.platform.messaging;

/**
 * A message that cannot be understood (missing envelope headers, a payload that does not parse, an unknown type):
 * retrying cannot help, so it goes to the dead-letter topic at once.
 */
public class MalformedMessage extends RuntimeException {

    public MalformedMessage(String message) {
        super(message);
    }

    public MalformedMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
