package dev.agora.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test class does when a server it needs (PostgreSQL, Redis) cannot be reached: skip, saying why and how to
 * start it; except under {@code CI=true}, where it fails, since CI must prove those tests.
 */
final class Unreachable {

    private Unreachable() {}

    static void skipOrFail(ExtensionContext context, String reason, Exception cause, String remedy) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + ": under CI=true these tests must run, not skip.", cause);
        }
        System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason + ". " + remedy);
        Assumptions.abort(reason);
    }
}
