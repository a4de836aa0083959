package dev.agora.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many instances of each service {@code ./agora up --scale catalog=2,orders=2} runs; one of any service not named.
 * Identity and the broker run once: identity keeps sign-in sessions in its memory, and one broker is the local cluster.
 */
public record Scale(Map<String, Integer> instances) {

    public static final Scale NONE = new Scale(Map.of());

    /** More would only fight for the same two cores. */
    static final int MAX_INSTANCES = 3;

    static final List<String> SCALABLE =
            List.of("catalog", "inventory", "orders", "payments", "notifications", "gateway");

    public Scale {
        instances = Map.copyOf(instances);
    }

    public int of(String service) {
        return instances.getOrDefault(service, 1);
    }

    /** Reads {@code catalog=2,orders=2}; a clear message for anything else. */
    public static Scale parse(String text) {
        if (text.isBlank()) {
            return NONE;
        }
        Map<String, Integer> instances = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] nameAndCount = part.strip().split("=");
            if (nameAndCount.length != 2) {
                throw new UsageError("--scale takes service=count pairs, as in --scale catalog=2,orders=2; not '"
                        + part.strip() + "'.");
            }
            String name = nameAndCount[0].strip();
            if (!SCALABLE.contains(name)) {
                throw new UsageError("cannot scale '" + name + "': the services that can run more than once are "
                        + String.join(", ", SCALABLE) + " (identity keeps sign-in sessions in memory, Kafka is one"
                        + " broker).");
            }
            int count;
            try {
                count = Integer.parseInt(nameAndCount[1].strip());
            } catch (NumberFormatException e) {
                count = 0;
            }
            if (count < 1 || count > MAX_INSTANCES) {
                throw new UsageError("the count for " + name + " must be 1 to " + MAX_INSTANCES + ", not '"
                        + nameAndCount[1].strip() + "'.");
            }
            instances.put(name, count);
        }
        return new Scale(instances);
    }

    /** What the recorded instances show: the highest instance number of each service. */
    static Scale of(List<ServiceSpec> services) {
        Map<String, Integer> instances = new LinkedHashMap<>();
        services.forEach(service -> instances.merge(service.name(), service.instance(), Math::max));
        return new Scale(instances);
    }
}
