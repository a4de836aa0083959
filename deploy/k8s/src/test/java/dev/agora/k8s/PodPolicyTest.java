package dev.agora.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy finds what a careless Deployment lacks, and has nothing to say of a hardened one. */
class PodPolicyTest {

    static final String HARDENED = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: catalog}
            spec:
              selector: {matchLabels: {app.kubernetes.io/name: catalog}}
              template:
                metadata: {labels: {app.kubernetes.io/name: catalog, app.kubernetes.io/part-of: agora}}
                spec:
                  automountServiceAccountToken: false
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: catalog
                      image: agora/catalog:0.1.0
                      ports: [{name: http, containerPort: 8081}]
                      startupProbe: {httpGet: {path: /actuator/health/liveness, port: http}}
                      livenessProbe: {httpGet: {path: /actuator/health/liveness, port: http}}
                      readinessProbe: {httpGet: {path: /actuator/health/readiness, port: http}}
                      resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {memory: 768Mi}}
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities: {drop: [ALL]}
            """;

    static final String DEFAULT_DENY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny}
            spec:
              podSelector: {matchLabels: {app.kubernetes.io/part-of: agora}}
              policyTypes: [Ingress, Egress]
            """;

    @Test
    void a_hardened_deployment_behind_a_policy_passes() {
        assertThat(PodPolicy.violations(deployment(HARDENED), List.of(policy(DEFAULT_DENY))))
                .isEmpty();
    }

    @Test
    void a_careless_deployment_is_told_everything_it_lacks() {
        Deployment careless = deployment("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: catalog}
                spec:
                  selector: {matchLabels: {app.kubernetes.io/name: catalog}}
                  template:
                    metadata: {labels: {app.kubernetes.io/name: catalog}}
                    spec:
                      containers:
                        - name: catalog
                          image: agora/catalog:latest
                """);

        assertThat(PodPolicy.violations(careless, List.of(policy(DEFAULT_DENY))))
                .containsExactlyInAnyOrder(
                        "Deployment catalog: automountServiceAccountToken must be false",
                        "Deployment catalog: the pod must set runAsNonRoot: true",
                        "Deployment catalog: the pod must run as a numeric user other than root (runAsUser)",
                        "Deployment catalog: the pod must use the RuntimeDefault seccomp profile",
                        "Deployment catalog, container catalog: no startupProbe",
                        "Deployment catalog, container catalog: no livenessProbe",
                        "Deployment catalog, container catalog: no readinessProbe",
                        "Deployment catalog, container catalog: resources must request cpu and memory",
                        "Deployment catalog, container catalog: resources must limit memory",
                        "Deployment catalog, container catalog: allowPrivilegeEscalation must be false",
                        "Deployment catalog, container catalog: readOnlyRootFilesystem must be true",
                        "Deployment catalog, container catalog: capabilities must drop ALL",
                        "Deployment catalog, container catalog: image agora/catalog:latest must name a version,"
                                + " not latest or none",
                        "Deployment catalog: no NetworkPolicy selects its pods {app.kubernetes.io/name=catalog}");
    }

    @Test
    void an_image_without_a_tag_is_as_bad_as_latest() {
        Deployment untagged =
                deployment(HARDENED.replace("agora/catalog:0.1.0", "registry.example:5000/agora/catalog"));

        assertThat(PodPolicy.violations(untagged, List.of(policy(DEFAULT_DENY))))
                .containsExactly("Deployment catalog, container catalog: image registry.example:5000/agora/catalog"
                        + " must name a version, not latest or none");
    }

    @Test
    void a_policy_with_expressions_selects_as_kubernetes_does() {
        NetworkPolicy allButGateway = policy("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: services}
                spec:
                  podSelector:
                    matchExpressions:
                      - {key: app.kubernetes.io/name, operator: NotIn, values: [gateway]}
                      - {key: app.kubernetes.io/part-of, operator: Exists}
                """);

        assertThat(PodPolicy.violations(deployment(HARDENED), List.of(allButGateway)))
                .isEmpty();
        assertThat(PodPolicy.violations(
                        deployment(HARDENED.replace(
                                "app.kubernetes.io/name: catalog, ", "app.kubernetes.io/name: gateway, ")),
                        List.of(allButGateway)))
                .containsExactly("Deployment catalog: no NetworkPolicy selects its pods"
                        + " {app.kubernetes.io/name=gateway, app.kubernetes.io/part-of=agora}");
    }

    private static Deployment deployment(String yaml) {
        return StrictModel.read(tree(yaml), Deployment.class);
    }

    private static NetworkPolicy policy(String yaml) {
        return StrictModel.read(tree(yaml), NetworkPolicy.class);
    }

    private static ObjectNode tree(String yaml) {
        try {
            return (ObjectNode) Kustomize.YAML.readTree(yaml);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
