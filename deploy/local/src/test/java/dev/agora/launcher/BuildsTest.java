package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildsTest {

    @TempDir
    Path repository;

    ServiceSpec catalog = new ServiceSpec("catalog", 8081, 8081, List.of());
    Builds builds;

    @BeforeEach
    void layOut() throws Exception {
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repository.resolve("services/catalog/src/main/java"));
        Files.writeString(repository.resolve("services/catalog/src/main/java/A.java"), "class A {}");
        builds = new Builds(Home.of(repository), System.out);
    }

    @Test
    void a_missing_jar_is_stale() {
        assertThat(builds.isStale(catalog)).isTrue();
    }

    @Test
    void a_jar_newer_than_every_source_is_fresh_until_a_source_changes() throws Exception {
        Path jar = catalog.jar(repository);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        age(repository.resolve("pom.xml"), 60);
        age(repository.resolve("services/catalog/src/main/java/A.java"), 60);

        assertThat(builds.isStale(catalog)).isFalse();

        Path test = repository.resolve("services/catalog/src/test/java/ATest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "class ATest {}");
        assertThat(builds.isStale(catalog))
                .as("a test does not go into the jar")
                .isFalse();

        Path servicesPom = repository.resolve("services/pom.xml");
        Files.writeString(servicesPom, "<project/>");
        Files.setLastModifiedTime(servicesPom, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(builds.isStale(catalog))
                .as("every service's jar is built with the services' parent POM")
                .isTrue();
        age(servicesPom, 60);

        Path platformSource = repository.resolve("platform/service-defaults/src/main/java/B.java");
        Files.createDirectories(platformSource.getParent());
        Files.writeString(platformSource, "class B {}");
        Files.setLastModifiedTime(platformSource, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(builds.isStale(catalog)).isTrue();
    }

    @Test
    void a_jar_that_spring_boot_stamped_with_the_reproducible_builds_fixed_time_is_as_new_as_its_build()
            throws Exception {
        Path jar = catalog.jar(repository);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "executable jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path original = jar.resolveSibling("catalog.jar.original");
        Files.writeString(original, "plain jar");
        age(repository.resolve("pom.xml"), 60);
        age(repository.resolve("services/catalog/src/main/java/A.java"), 60);

        assertThat(builds.isStale(catalog)).isFalse();

        age(original, 120);
        assertThat(builds.isStale(catalog))
                .as("sources changed after the build")
                .isTrue();
    }

    @Test
    void the_broker_is_stale_until_its_jars_are_gathered() throws Exception {
        ServiceSpec broker = KafkaBroker.spec(9092, 9093);
        Files.createDirectories(repository.resolve("deploy/kafka"));
        Files.writeString(repository.resolve("deploy/kafka/pom.xml"), "<project/>");
        age(repository.resolve("pom.xml"), 60);
        age(repository.resolve("deploy/kafka/pom.xml"), 60);

        assertThat(builds.isStale(broker)).isTrue();

        Files.createDirectories(KafkaBroker.libs(repository));
        assertThat(builds.isStale(broker)).isFalse();
    }

    private static void age(Path file, long seconds) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }
}
