package dev.agora.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** {@code ./agora kill}: SIGKILL one instance, as a crash would. */
final class KillCommand extends Command {

    private static final Usage USAGE = new Usage("kill SERVICE[#N]", """
            SIGKILL one instance, as a crash would (catalog, catalog#2), to watch the rest cope; status then shows it
            DOWN
            """, List.of(), 1, 1);

    KillCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        String given = arguments.words().getFirst();
        String id = ServiceSpec.instanceId(given);
        // The exact instance: "catalog" is catalog's first, never whichever of its instances still runs.
        RunningService victim = new Platform(home, Duration.ZERO, out)
                .running().stream()
                        .filter(service -> service.spec().id().equals(id))
                        .findFirst()
                        .orElseThrow(() ->
                                new LaunchFailure("No running instance named '" + given + "'; see ./agora status."));
        ProcessHandle process = victim.process().orElseThrow();
        process.destroyForcibly();
        if (!Platform.awaitExit(process, Duration.ofSeconds(30))) {
            throw new LaunchFailure(
                    victim.spec().id() + " (pid " + victim.pid() + ") is still there 30 s after SIGKILL.");
        }
        out.println("Killed " + victim.spec().id() + " (pid " + victim.pid()
                + ") with SIGKILL: no graceful shutdown. Bring it back with ./agora restart "
                + victim.spec().id()
                + ".");
        return 0;
    }
}
