package dev.agora.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every pod Agora deploys must have, as the restricted Pod Security Standard and our own operations want it:
 * the three probes, requests and a memory limit, a hardened security context, no service-account token, a pinned
 * image, and a NetworkPolicy that selects it. Each broken rule is one line naming the object and what it lacks.
 */
final class PodPolicy {

    private PodPolicy() {}

    static List<String> violations(Deployment deployment, List<NetworkPolicy> policies) {
        String name = "Deployment " + deployment.getMetadata().getName();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        List<String> violations = new ArrayList<>();

        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            violations.add(name + ": automountServiceAccountToken must be false");
        }
        PodSecurityContext podSecurity = pod.getSecurityContext();
        if (podSecurity == null || !Boolean.TRUE.equals(podSecurity.getRunAsNonRoot())) {
            violations.add(name + ": the pod must set runAsNonRoot: true");
        }
        if (podSecurity == null || podSecurity.getRunAsUser() == null || podSecurity.getRunAsUser() == 0) {
            violations.add(name + ": the pod must run as a numeric user other than root (runAsUser)");
        }
        if (podSecurity == null
                || podSecurity.getSeccompProfile() == null
                || !"RuntimeDefault".equals(podSecurity.getSeccompProfile().getType())) {
            violations.add(name + ": the pod must use the RuntimeDefault seccomp profile");
        }
        for (Container container : pod.getContainers()) {
            violations.addAll(containerViolations(name + ", container " + container.getName(), container));
        }
        Map<String, String> labels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        if (policies.stream().noneMatch(policy -> selects(policy.getSpec().getPodSelector(), labels))) {
            violations.add(name + ": no NetworkPolicy selects its pods " + labels);
        }
        return violations;
    }

    private static List<String> containerViolations(String name, Container container) {
        List<String> violations = new ArrayList<>();
        if (container.getStartupProbe() == null) {
            violations.add(name + ": no startupProbe");
        }
        if (container.getLivenessProbe() == null) {
            violations.add(name + ": no livenessProbe");
        }
        if (container.getReadinessProbe() == null) {
            violations.add(name + ": no readinessProbe");
        }
        Map<String, Quantity> requests = container.getResources() == null
                ? Map.of()
                : Objects.requireNonNullElse(container.getResources().getRequests(), Map.of());
        Map<String, Quantity> limits = container.getResources() == null
                ? Map.of()
                : Objects.requireNonNullElse(container.getResources().getLimits(), Map.of());
        if (!requests.containsKey("cpu") || !requests.containsKey("memory")) {
            violations.add(name + ": resources must request cpu and memory");
        }
        if (!limits.containsKey("memory")) {
            violations.add(name + ": resources must limit memory");
        }
        SecurityContext security = container.getSecurityContext();
        if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            violations.add(name + ": allowPrivilegeEscalation must be false");
        }
        if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
            violations.add(name + ": readOnlyRootFilesystem must be true");
        }
        if (security == null
                || security.getCapabilities() == null
                || security.getCapabilities().getDrop() == null
                || !security.getCapabilities().getDrop().contains("ALL")) {
            violations.add(name + ": capabilities must drop ALL");
        }
        if (security != null && Boolean.TRUE.equals(security.getPrivileged())) {
            violations.add(name + ": must not be privileged");
        }
        String image = container.getImage();
        String tag = image.contains("@") ? "digest" : image.substring(image.lastIndexOf('/') + 1);
        if (!tag.equals("digest") && (!tag.contains(":") || tag.endsWith(":latest"))) {
            violations.add(name + ": image " + image + " must name a version, not latest or none");
        }
        return violations;
    }

    /** A label selector as Kubernetes reads it: every matchLabels entry and every expression must hold. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> wanted = Objects.requireNonNullElse(selector.getMatchLabels(), Map.of());
        for (Map.Entry<String, String> label : wanted.entrySet()) {
            if (!label.getValue().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement expression :
                Objects.requireNonNullElse(selector.getMatchExpressions(), List.<LabelSelectorRequirement>of())) {
            String value = labels.get(expression.getKey());
            boolean holds = switch (expression.getOperator()) {
                case "In" -> value != null && expression.getValues().contains(value);
                case "NotIn" -> value == null || !expression.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + expression.getOperator());
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
