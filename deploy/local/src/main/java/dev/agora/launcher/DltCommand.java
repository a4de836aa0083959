package dev.agora.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** {@code ./agora dlt}: what waits in each dead-letter topic, and replaying it once its cause is mended. */
final class DltCommand extends Command {

    private static final Usage USAGE = new Usage("dlt list | dlt redrive TOPIC", """
            list: the messages waiting in each dead-letter topic (<topic>.DLT): what failed, why, and where it came
            from.
            redrive TOPIC: publish the waiting messages of TOPIC.DLT to TOPIC again, once the cause of their failure
            is mended (each message is redriven once)
            """, List.of(), 1, 2);

    DltCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        List<String> words = arguments.words();
        boolean list = words.equals(List.of("list"));
        boolean redrive = words.size() == 2 && words.getFirst().equals("redrive");
        if (!list && !redrive) {
            throw new UsageError("dlt takes list, or redrive and a topic.");
        }
        ServiceSpec broker = new Platform(home, Duration.ZERO, out)
                .running(KafkaBroker.NAME)
                .map(RunningService::spec)
                .orElseThrow(() -> new LaunchFailure("Kafka is not running: start Agora with ./agora up -d."));
        DeadLetters deadLetters = new DeadLetters(KafkaBroker.bootstrapServers(broker));
        if (redrive) {
            String topic = words.get(1);
            if (!Topology.topics().containsKey(DeadLetters.dltOf(topic))) {
                throw new UsageError("no dead-letter topic for '" + topic + "'; the topics are "
                        + Topology.topics().keySet().stream()
                                .filter(name -> !name.endsWith(".DLT"))
                                .toList()
                        + ".");
            }
            int count = deadLetters.redrive(topic);
            out.println("Redrove " + count + " message" + (count == 1 ? "" : "s") + " from " + DeadLetters.dltOf(topic)
                    + " to its topic.");
            return 0;
        }
        int total = 0;
        for (String dlt : Topology.topics().keySet()) {
            if (!dlt.endsWith(".DLT")) {
                continue;
            }
            List<DeadLetters.DeadLetter> waiting = deadLetters.waiting(dlt);
            total += waiting.size();
            out.println(dlt + ": " + waiting.size() + " waiting");
            waiting.forEach(letter -> out.println(letter.describe()));
        }
        if (total > 0) {
            out.println("Mend the cause, then: ./agora dlt redrive <topic>");
        }
        return 0;
    }
}
