package dev.agora.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** {@code ./agora chaos}: slows down or fails a service's API at run time, through its chaos profile. */
final class ChaosCommand extends Command {

    private static final Usage USAGE = new Usage("chaos SERVICE[#N] SETTING...", """
            slow down or fail the API of a service (every instance, or one) at run time: latency=2s, errors=20%,
            both, or off (docs/guides/resilience.md); for example ./agora chaos catalog latency=2s errors=20%
            """, List.of(), 2, Usage.ANY_NUMBER);

    ChaosCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        List<String> words = arguments.words();
        String target = words.getFirst();
        String body = ChaosSwitch.body(words.subList(1, words.size()));
        List<RunningService> instances = new Platform(home, Duration.ZERO, out)
                .running().stream()
                        .filter(service -> service.spec().id().equals(target)
                                || service.spec().name().equals(target))
                        .filter(service -> service.spec().isAgoraService())
                        .toList();
        if (instances.isEmpty()) {
            throw new LaunchFailure("No running service or instance named '" + target + "'; see ./agora status.");
        }
        for (RunningService instance : instances) {
            out.println(instance.spec().id() + ": " + ChaosSwitch.send(instance.spec(), body));
        }
        return 0;
    }
}
