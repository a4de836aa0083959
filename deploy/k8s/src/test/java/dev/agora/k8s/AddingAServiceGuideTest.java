package dev.agora.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.Service;
import dev.agora.launcher.ServiceTable;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/guides/adding-a-service.md lists the files a new service touches outside its module. This keeps the list
 * true: each service of the table is in every file its rows name, and no other file outside the services' modules
 * (docs and tests aside) names every service of a group (all, routed, keeping data, owning or consuming topics), as a
 * list a new service would have to join.
 */
class AddingAServiceGuideTest {

    private static final Path REPOSITORY = Kustomize.ROOT.resolve("../..").normalize();

    private static final Path GUIDE = REPOSITORY.resolve("docs/guides/adding-a-service.md");

    /** A row of the guide's table: | `file` | when | what |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\|");

    /** The guide's conditions, as the table's declarations answer them. */
    private static final Map<String, Predicate<Service>> WHEN = Map.of(
            "every service", service -> true,
            "public routes", service -> !service.routes().isEmpty(),
            "its own data", Service::keepsData,
            "topics it owns", service -> !service.owns().isEmpty(),
            "topics it consumes", service -> !service.consumes().isEmpty());

    @Test
    void every_service_is_in_each_file_the_guide_says_it_must_be() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Row row : rows()) {
            for (Service service : ServiceTable.SERVICES) {
                if (!row.applies(service)) {
                    continue;
                }
                Path file = REPOSITORY.resolve(row.file().replace("<service>", service.name()));
                if (!Files.isRegularFile(file)) {
                    missing.add(REPOSITORY.relativize(file) + " does not exist (" + service.name() + ")");
                    continue;
                }
                String text = Files.readString(file);
                // A file of topics names the service's topics rather than the service.
                boolean named = names(text, service.name())
                        || (!service.owns().isEmpty() && service.owns().stream().allMatch(topic -> names(text, topic)));
                if (!row.file().contains("<service>") && !named) {
                    missing.add(row.file() + " does not name " + service.name());
                }
            }
        }
        assertThat(missing)
                .as("what docs/guides/adding-a-service.md says and the repository lacks")
                .isEmpty();
    }

    @Test
    void no_file_outside_the_guide_lists_a_group_of_services() throws IOException {
        List<String> listed = rows().stream().map(Row::file).toList();
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(this::isProjectFile)
                    .toList()) {
                String path = REPOSITORY.relativize(file).toString().replace('\\', '/');
                String text = readable(file);
                if (text != null && !isListed(path, listed) && listsAGroupOfServices(text)) {
                    unlisted.add(path);
                }
            }
        }
        assertThat(unlisted)
                .as("files that list a group of services, which a new one would have to join: derive them from the"
                        + " service table, or add them to docs/guides/adding-a-service.md")
                .isEmpty();
    }

    /** Whether the guide lists the file, as it is or as a service's own file ({@code <service>} in its row). */
    private static boolean isListed(String path, List<String> listed) {
        return listed.stream()
                .anyMatch(file -> file.equals(path)
                        || ServiceTable.names().stream()
                                .anyMatch(
                                        name -> file.replace("<service>", name).equals(path)));
    }

    /**
     * Whether the text names every service of one of the guide's groups (all of them, those with public routes, with
     * their own data, owning or consuming topics), as a list of them would.
     */
    private static boolean listsAGroupOfServices(String text) {
        return WHEN.values().stream()
                .map(condition -> ServiceTable.SERVICES.stream()
                        .filter(condition)
                        .map(Service::name)
                        .toList())
                .filter(group -> group.size() >= 3)
                .anyMatch(group -> group.stream().allMatch(name -> names(text, name)));
    }

    /** The goal: a new service costs at most eight files outside its module, whatever it has (routes, data, topics). */
    @Test
    void a_new_service_touches_at_most_eight_files_outside_its_module() throws IOException {
        assertThat(rows()).extracting(Row::file).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void the_guide_names_only_conditions_it_can_check() throws IOException {
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(WHEN).containsKey(row.when()));
    }

    private boolean isProjectFile(Path file) {
        String path = REPOSITORY.relativize(file).toString().replace('\\', '/');
        boolean inAServiceModule =
                ServiceTable.names().stream().anyMatch(name -> path.startsWith("services/" + name + "/"));
        return !inAServiceModule
                && !path.startsWith(".git/")
                && !path.startsWith(".agora/")
                && !path.startsWith("docs/")
                && !path.equals("README.md")
                && !path.contains("/target/")
                && !path.contains("/node_modules/")
                && !path.contains("/src/test/");
    }

    private static String readable(Path file) throws IOException {
        if (Files.size(file) > 1_000_000) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return null;
        }
    }

    /** The name as a word of its own: catalog in catalog-db or "catalog", not in catalogue. */
    private static boolean names(String text, String name) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?![\\w])")
                .matcher(text)
                .find();
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(GUIDE)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.add(new Row(row.group(1), row.group(2).strip()));
            }
        }
        return rows;
    }

    private record Row(String file, String when) {

        boolean applies(Service service) {
            return WHEN.getOrDefault(when, anything -> false).test(service);
        }
    }
}
