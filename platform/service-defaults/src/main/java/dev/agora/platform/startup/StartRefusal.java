package dev.agora.platform.startup;

import java.util.List;

/**
 * A service that would run wrongly (a development stand-in or secret in production, a provider without its address)
 * refuses to start, naming every problem at once and how to mend them, rather than failing on its first request.
 */
public final class StartRefusal {

    private StartRefusal() {}

    /**
     * Throws when there is any problem: "Refusing to start[ with the prod profile]: one; two. {@code remedy}".
     *
     * @param production whether the prod profile is why these are problems
     * @param remedy what to set, and where it is explained
     */
    public static void refuseIfAny(List<String> problems, boolean production, String remedy) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    (production ? "Refusing to start with the prod profile: " : "Refusing to start: ")
                            + String.join("; ", problems) + ". " + remedy);
        }
    }
}
