package dev.agora.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every directory a user applies renders, and every object it renders is one the cluster's API reads as meant. */
class ManifestModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "overlays/local"})
    void every_rendered_object_fits_the_model_of_its_kind(String directory) {
        List<ObjectNode> objects = Kustomize.render(directory);
        assertThat(objects).as("objects rendered from " + directory).isNotEmpty();

        Map<String, List<String>> unknown = new LinkedHashMap<>();
        for (ObjectNode object : objects) {
            String type = StrictModel.typeOf(object);
            if (StrictModel.WITHOUT_MODEL.contains(type)) {
                continue;
            }
            assertThat(StrictModel.MODELS)
                    .as("a model for " + StrictModel.nameOf(object))
                    .containsKey(type);
            List<String> fields = StrictModel.unknownFields(object);
            if (!fields.isEmpty()) {
                unknown.put(StrictModel.nameOf(object), fields);
            }
        }
        assertThat(unknown).as("fields no model knows, by object").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_misspelt_field_is_found() throws Exception {
        ObjectNode deployment = (ObjectNode) Kustomize.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: catalog}
                spec:
                  selector: {matchLabels: {app: catalog}}
                  template:
                    metadata: {labels: {app: catalog}}
                    spec:
                      containers:
                        - name: catalog
                          image: agora/catalog:0.1.0
                          securityContext: {readOnlyRootFilesytem: true}
                """);

        assertThat(StrictModel.unknownFields(deployment))
                .containsExactly(".spec.template.spec.containers[0].securityContext.readOnlyRootFilesytem");
    }
}
