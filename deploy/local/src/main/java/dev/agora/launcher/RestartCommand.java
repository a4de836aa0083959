package dev.agora.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code ./agora restart}: stops one instance gracefully if it runs, starts it again, waits until it is ready. */
final class RestartCommand extends Command {

    private static final Usage USAGE = new Usage(
            "restart SERVICE[#N]",
            "stop one instance gracefully if it runs, start it again, wait until ready",
            List.of(),
            1,
            1);

    RestartCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        String id = ServiceSpec.instanceId(arguments.words().getFirst());
        Platform platform = new Platform(home, Duration.ofSeconds(120), out);
        List<ServiceSpec> started =
                platform.recorded().stream().map(RunningService::spec).toList();
        if (started.isEmpty()) {
            throw new LaunchFailure("Agora is not running: start it with ./agora up -d.");
        }
        // As it was started: its arguments were recorded (its ports, its peers, its storage).
        ServiceSpec spec = started.stream()
                .filter(service -> service.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new LaunchFailure("No instance named '" + id + "' was started; there are "
                        + String.join(
                                ", ", started.stream().map(ServiceSpec::id).toList()) + "."));
        out.println("Restarting " + spec.id() + " ...");
        RunningService restarted = platform.restart(spec);
        out.printf(Locale.ROOT, "%s is ready again (%.1f s).%n", spec.id(), restarted.secondsToReady());
        return 0;
    }
}
