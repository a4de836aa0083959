package dev.agora.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What production must not run: a development stand-in. No service names the dev profile (seeded accounts, the
 * simulated payment provider, mail files); identity, payments and notifications run their prod profile, whose checks
 * refuse those stand-ins at start; payments selects no simulated provider, notifications no mail files; and each is
 * given what its prod profile requires to start. Each broken rule is one line naming the Deployment.
 */
final class ProductionPolicy {

    /** The services whose prod profile refuses development stand-ins, and what that profile needs to start. */
    static final Map<String, Set<String>> REQUIRED_IN_PRODUCTION = Map.of(
            "identity", Set.of("AGORA_IDENTITY_KEYENCRYPTIONSECRET"),
            "storefront", Set.of("AGORA_STOREFRONT_CLIENT_SECRET"),
            "payments", Set.of("AGORA_PAYMENTS_PROVIDER_URL", "AGORA_PAYMENTS_PROVIDER_APIKEY"),
            "notifications",
                    Set.of(
                            "SPRING_MAIL_HOST",
                            "AGORA_NOTIFICATIONS_MAIL_FROM",
                            "AGORA_NOTIFICATIONS_MAIL_RECIPIENTDOMAIN"));

    /** Set here, these select a development stand-in whatever the profile. */
    static final Map<String, String> STAND_INS = Map.of(
            "AGORA_PAYMENTS_PROVIDER_KIND", "simulated",
            "AGORA_NOTIFICATIONS_MAIL_KIND", "files");

    private ProductionPolicy() {}

    /** @param configMaps the data of every ConfigMap of the rendering, by name */
    static List<String> violations(Deployment deployment, Map<String, Map<String, String>> configMaps) {
        String service = deployment.getMetadata().getName();
        String name = "Deployment " + service;
        List<String> violations = new ArrayList<>();
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            Map<String, EnvVar> environment = environmentOf(container, configMaps);
            List<String> profiles = new ArrayList<>();
            for (String variable : List.of("SPRING_PROFILES_ACTIVE", "SPRING_PROFILES_INCLUDE")) {
                EnvVar set = environment.get(variable);
                if (set != null && set.getValue() != null) {
                    Arrays.stream(set.getValue().split(",")).map(String::strip).forEach(profiles::add);
                }
            }
            if (profiles.contains("dev")) {
                violations.add(name + ": the dev profile is active (development stand-ins)");
            }
            STAND_INS.forEach((variable, standIn) -> {
                EnvVar set = environment.get(variable);
                if (set != null
                        && set.getValue() != null
                        && set.getValue().strip().equalsIgnoreCase(standIn)) {
                    violations.add(name + ": " + variable + " selects " + standIn + ", a development stand-in");
                }
            });
            if (REQUIRED_IN_PRODUCTION.containsKey(service)) {
                if (!profiles.contains("prod")) {
                    violations.add(name + ": the prod profile is not active, so nothing refuses development stand-ins"
                            + " (and without any profile the default one, dev, runs)");
                }
                REQUIRED_IN_PRODUCTION.get(service).stream().sorted().forEach(variable -> {
                    EnvVar set = environment.get(variable);
                    if (set == null || (set.getValue() == null && set.getValueFrom() == null)) {
                        violations.add(name + ": " + variable + " is not set, and its prod profile refuses to start"
                                + " without it");
                    }
                });
            }
        }
        return violations;
    }

    /** The container's environment as Kubernetes builds it: the ConfigMaps of envFrom first, then env over them. */
    private static Map<String, EnvVar> environmentOf(Container container, Map<String, Map<String, String>> configMaps) {
        Map<String, EnvVar> environment = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                configMaps
                        .getOrDefault(source.getConfigMapRef().getName(), Map.of())
                        .forEach((key, value) -> environment.put(key, new EnvVar(key, value, null)));
            }
        }
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), variable);
        }
        return environment;
    }
}
