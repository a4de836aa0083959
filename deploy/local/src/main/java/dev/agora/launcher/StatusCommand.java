package dev.agora.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** {@code ./agora status}: every recorded instance, whether it is healthy, and its circuit breakers. */
final class StatusCommand extends Command {

    private static final Usage USAGE = new Usage(
            "status",
            "every instance: where, whether it is healthy, its circuit breakers; exits with 1 unless all are ready",
            List.of(),
            0,
            0);

    StatusCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        List<RunningService> recorded = new Platform(home, Duration.ZERO, out).recorded();
        if (recorded.isEmpty()) {
            out.println("Nothing runs. Start Agora with ./agora up.");
            return 0;
        }
        InstanceTable.print(recorded, true, out);
        return recorded.stream()
                        .allMatch(service -> service.isAlive() && service.spec().isReady())
                ? 0
                : 1;
    }
}
