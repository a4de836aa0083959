package dev.agora.platform.problem;

import java.net.URI;
import java.util.Locale;

/**
 * A stable, documented error code: the {@code code} member of every problem response. Each service lists its own
 * codes in one enum implementing this interface; every code is described in docs/errors.md.
 */
public interface ErrorCode {

    /** The code as clients see it, UPPER_SNAKE. Enums implement this for free. */
    String name();

    int status();

    String title();

    default URI type() {
        return URI.create("urn:agora:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
