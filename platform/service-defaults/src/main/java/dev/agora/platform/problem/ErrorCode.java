package dev.agora.platform.problem;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A stable, documented error code: the {@code code} member of every problem response. Each service declares its own
 * as constants of one class ({@code CatalogErrorCodes}); every code is described in docs/errors.md, which a test
 * checks.
 *
 * @param name the code as clients see it, UPPER_SNAKE
 * @param status the HTTP status it is answered with
 * @param title a short summary for people, the problem's {@code title}
 */
public record ErrorCode(String name, int status, String title) {

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public ErrorCode {
        if (!UPPER_SNAKE.matcher(name).matches()) {
            throw new IllegalArgumentException("An error code is UPPER_SNAKE: " + name);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An error code answers with a 4xx or 5xx status: " + status);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("An error code needs a title: " + name);
        }
    }

    /** {@code urn:agora:problem:} and the code in lower case with hyphens (docs/adr/0001). */
    public URI type() {
        return URI.create("urn:agora:problem:" + name.toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
