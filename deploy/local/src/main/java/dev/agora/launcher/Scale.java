package dev.agora.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many instances of each service {@code ./agora up --scale catalog=2,orders=2} runs; one of any service not named.
 * What runs once says why in {@link ServiceTable}; the broker runs once too, as the local cluster.
 */
public record Scale(Map<String, Integer> instances) {

    public static final Scale NONE = new Scale(Map.of());

    /** More would only fight for the same two cores. */
    static final int MAX_INSTANCES = 3;

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
            Service service = ServiceTable.find(name).orElse(null);
            if (service == null || !service.isScalable()) {
                String why = service != null
                        ? service.runsOnceBecause()
                        : name.equals(KafkaBroker.NAME) ? "Kafka is one broker" : "there is no service '" + name + "'";
                throw new UsageError("cannot scale '" + name + "': the services that can run more than once are "
                        + String.join(", ", scalable()) + " (" + why + ").");
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

    static List<String> scalable() {
        return ServiceTable.SERVICES.stream()
                .filter(Service::isScalable)
                .map(Service::name)
                .toList();
    }

    /** What the recorded instances show: the highest instance number of each service. */
    static Scale of(List<ServiceSpec> services) {
        Map<String, Integer> instances = new LinkedHashMap<>();
        services.forEach(service -> instances.merge(service.name(), service.instance(), Math::max));
        return new Scale(instances);
    }
}
