package dev.agora.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test class does when a server or program it needs (PostgreSQL, Redis, Prometheus) is missing: skip, saying why and how to
 * start it; except under {@code CI=true}, where it fails, since CI must prove those tests.
 */
public final class Unreachable {

    private Unreachable() {}

    static void skipOrFail(ExtensionContext context, String reason, Exception cause, String remedy) {
        skipOrFail(context.getDisplayName(), reason, cause, remedy);
    }

    /** For a test that needs a program installed (Prometheus, promtool): {@code what} names the tests skipped. */
    public static void skipOrFail(String what, String reason, Exception cause, String remedy) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + ": under CI=true these tests must run, not skip.", cause);
        }
        System.out.println("SKIPPED " + what + ": " + reason + ". " + remedy);
        Assumptions.abort(reason);
    }
}
