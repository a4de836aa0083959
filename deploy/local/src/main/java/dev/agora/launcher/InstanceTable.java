package dev.agora.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table {@code ./agora up} and {@code ./agora status} print: one row per instance. */
final class InstanceTable {

    private InstanceTable() {}

    static void print(List<RunningService> services, boolean withHealth, PrintStream out) {
        // As wide as the longest id (notifications#2), so that the columns line up.
        String format = withHealth ? "%-15s %-30s %-8s %-10s %-10s %s%n" : "%-15s %-30s %-8s %s%n";
        List<Object> header = new ArrayList<>(List.of("SERVICE", "URL", "PID", "READY IN"));
        if (withHealth) {
            header.addAll(List.of("HEALTH", "BREAKERS"));
        }
        out.printf(Locale.ROOT, format, header.toArray());
        for (RunningService service : services) {
            List<Object> row = new ArrayList<>(List.of(
                    service.spec().id(),
                    service.spec().address(),
                    String.valueOf(service.pid()),
                    service.wasReady() ? String.format(Locale.ROOT, "%.1f s", service.secondsToReady()) : "starting"));
            if (withHealth) {
                boolean alive = service.isAlive();
                row.add(!alive ? "DOWN" : service.spec().isReady() ? "ready" : "NOT READY");
                row.add(alive && service.spec().isAgoraService() ? breakersOf(service.spec()) : "");
            }
            out.printf(Locale.ROOT, format, row.toArray());
        }
    }

    private static String breakersOf(ServiceSpec service) {
        return String.join(
                ", ",
                Health.breakers(service.breakers()).stream()
                        .map(Health.Breaker::describe)
                        .toList());
    }
}
