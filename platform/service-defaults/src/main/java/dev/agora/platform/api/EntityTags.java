package dev.agora.platform.api;

import dev.agora.platform.idempotency.Answer;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Optimistic locking over HTTP: a resource's version is its strong ETag ({@code "3"}), and a change names the version
 * it was made from in {@code If-Match} (428 without one, 412 when it is not the current one).
 */
public final class EntityTags {

    /** A version, and what else the representation shows that moves on its own ({@code "3+r2-4.5"}). */
    private static final Pattern STRONG_ETAG = Pattern.compile("\"(\\d{1,18})(?:\\+[0-9A-Za-z.\\-]+)?\"");

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The ETag of a representation that shows, besides the resource's version, something that changes on its own (a
     * product's rating): it changes with either, so a conditional GET never keeps a stale copy, while {@code If-Match}
     * reads the version alone, so that change does not stand in the way of an edit.
     *
     * @param alsoShown letters, digits, dots and hyphens
     */
    public static String of(long version, String alsoShown) {
        return "\"" + version + "+" + alsoShown + "\"";
    }

    /**
     * The version an {@code If-Match} names; {@code what} names the resource in the problem ("the product").
     *
     * @throws ProblemException PRECONDITION_REQUIRED without one, PRECONDITION_FAILED when it names no version
     */
    public static long expectedVersion(@Nullable String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    PlatformErrorCodes.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of " + what
                            + " as you read it, so that no change you have not seen is overwritten.");
        }
        Matcher etag = STRONG_ETAG.matcher(ifMatch.strip());
        if (!etag.matches()) {
            throw new ProblemException(
                    PlatformErrorCodes.PRECONDITION_FAILED, "If-Match does not name the current ETag of " + what + ".");
        }
        return Long.parseLong(etag.group(1));
    }

    /** A creating request's answer, first or replayed alike: status, Location, body, and the ETag of its version. */
    public static ResponseEntity<String> versioned(Answer answer, JsonMapper json) {
        long version = json.readTree(answer.body()).path("version").asLong();
        return ResponseEntity.status(answer.status())
                .location(URI.create(answer.location()))
                .eTag(of(version))
                .body(answer.body());
    }
}
