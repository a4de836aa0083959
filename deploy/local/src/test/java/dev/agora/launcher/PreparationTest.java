package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparationTest {

    @TempDir
    Path dir;

    @Test
    void a_jar_rebuilt_with_the_same_bytes_keeps_its_folder_and_another_content_gets_its_own() throws Exception {
        Path apps = dir.resolve("app");
        Path jar = dir.resolve("catalog.jar");
        Files.writeString(jar, "the same bytes");
        Path first = Preparation.contentFolder(apps, "catalog", jar);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(Preparation.contentFolder(apps, "catalog", jar))
                .as("rebuilt, unchanged")
                .isEqualTo(first);

        Files.writeString(jar, "other bytes");
        assertThat(Preparation.contentFolder(apps, "catalog", jar)).isNotEqualTo(first);
        assertThat(first.getParent()).isEqualTo(apps.resolve("catalog"));
    }

    @Test
    void a_jar_is_read_again_only_when_it_was_written_since_its_digest_was_remembered() throws Exception {
        Path apps = dir.resolve("app");
        Path jar = dir.resolve("catalog.jar");
        Files.writeString(jar, "the bytes");
        Path first = Preparation.contentFolder(apps, "catalog", jar);
        Path record = apps.resolve("catalog.jar.sha256");
        String remembered = "ab".repeat(32);
        Files.writeString(
                record, Files.readString(record).replaceFirst("^[0-9a-f]{64}", remembered)); // as if another jar

        assertThat(Preparation.contentFolder(apps, "catalog", jar))
                .as("unchanged since: the remembered digest, the file not read")
                .isEqualTo(apps.resolve("catalog").resolve(remembered.substring(0, 16)));

        Files.writeString(jar, "the bytes");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(Preparation.contentFolder(apps, "catalog", jar))
                .as("written again: read again")
                .isEqualTo(first);

        Files.writeString(record, "damaged");
        assertThat(Preparation.contentFolder(apps, "catalog", jar)).isEqualTo(first);
    }

    @Test
    void a_broker_that_dies_while_starting_has_no_cache_to_discard() throws Exception {
        Home home = new Home(dir, dir.resolve(".agora"));
        Files.createDirectories(KafkaBroker.libs(dir));
        Preparation preparation = new Preparation(home, System.out);

        assertThat(preparation.discardAotCache(KafkaBroker.spec(9092, 9093))).isEmpty();
    }

    @Test
    void keeps_the_most_recently_used_versions_and_the_half_unpacked_ones_of_a_live_launcher() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("catalog"));
        Instant now = Instant.now();
        for (int age = 1; age <= 5; age++) {
            Path version = Files.createDirectories(versions.resolve("version-" + age));
            Files.writeString(version.resolve("catalog.jar"), "jar");
            Files.setLastModifiedTime(version, FileTime.from(now.minusSeconds(age * 60L)));
        }
        Path live = Files.createDirectories(versions.resolve(
                "version-6" + Preparation.PARTIAL + ProcessHandle.current().pid()));
        Path abandoned = Files.createDirectories(versions.resolve("version-7" + Preparation.PARTIAL + deadPid()));

        Preparation.removeOldVersions(versions);

        try (Stream<Path> left = Files.list(versions)) {
            assertThat(left.map(folder -> folder.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "version-1",
                            "version-2",
                            "version-3",
                            live.getFileName().toString());
        }
        assertThat(abandoned).doesNotExist();
    }

    /** A process id no process has now. */
    private static long deadPid() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }
}
