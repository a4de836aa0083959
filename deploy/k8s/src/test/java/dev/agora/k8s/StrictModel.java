package dev.agora.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rendered object into the Java model of its kind, as the API server would read it: fabric8's model of the
 * Kubernetes API, the Prometheus Operator's, and Strimzi's {@code io.strimzi:api}. Those models keep a field they do
 * not know in "additional properties" instead of failing; a field found there is a field the cluster would refuse or,
 * worse, ignore (a misspelt {@code readOnlyRootFilesytem}), so it is reported with its path.
 */
final class StrictModel {

    /** Every kind Agora renders, by apiVersion and kind, with the class that models it. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    /**
     * Kinds of operators that publish no Java model on Maven Central: CloudNativePG's Cluster and KEDA's ScaledObject.
     * Their fields are checked by {@link ManifestPolicyTest} instead.
     */
    static final Set<String> WITHOUT_MODEL = Set.of("postgresql.cnpg.io/v1/Cluster", "keda.sh/v1alpha1/ScaledObject");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StrictModel() {}

    static String typeOf(ObjectNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    static String nameOf(ObjectNode object) {
        return typeOf(object) + " " + object.path("metadata").path("name").asText();
    }

    /** The object as its model class; fails on a kind Agora does not model. */
    static <T> T read(ObjectNode object, Class<T> model) {
        try {
            return MAPPER.treeToValue(object, model);
        } catch (Exception e) {
            throw new AssertionError(nameOf(object) + " does not fit its model: " + e.getMessage(), e);
        }
    }

    /** What the object holds that its model does not know, as paths; empty when it fits. */
    static List<String> unknownFields(ObjectNode object) {
        Class<?> model = MODELS.get(typeOf(object));
        if (model == null) {
            throw new AssertionError(nameOf(object) + ": no model for this kind");
        }
        List<String> unknown = new ArrayList<>();
        collectUnknown(read(object, model), "", unknown, new IdentityHashMap<>());
        return unknown;
    }

    private static void collectUnknown(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || isLeaf(value.getClass()) || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectUnknown(item, path + "." + key, unknown, seen));
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + index++ + "]", unknown, seen);
            }
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!isGetter(getter)) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                collectUnknown(property, path + "." + propertyName(getter), unknown, seen);
            }
        }
    }

    private static boolean isLeaf(Class<?> type) {
        return type.isPrimitive()
                || type.isEnum()
                || type.getName().startsWith("java.lang.")
                || type.getName().startsWith("java.time.")
                || type.getName().startsWith("java.math.")
                || type.getName().startsWith("com.fasterxml.");
    }

    private static boolean isGetter(Method method) {
        return method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass() != Object.class
                && (method.getName().startsWith("get") || method.getName().startsWith("is"))
                && method.getReturnType() != void.class;
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().replaceFirst("^(get|is)", "");
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
