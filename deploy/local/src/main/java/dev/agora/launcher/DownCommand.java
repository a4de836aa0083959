package dev.agora.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** {@code ./agora down}: stops every instance, broker and tool the launcher started. */
final class DownCommand extends Command {

    private static final Usage USAGE =
            new Usage("down", "stop every service and wait until its ports are free", List.of(), 0, 0);

    DownCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        List<String> stopped = new Platform(home, Duration.ZERO, out).stopAll();
        out.println(stopped.isEmpty() ? "Nothing runs." : "Stopped " + String.join(", ", stopped) + ".");
        return 0;
    }
}
