package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImagesTest {

    static final Path REPOSITORY = Home.findRepository(Path.of(""));

    @Test
    void an_image_is_named_after_its_service_and_the_released_version_of_the_build() {
        assertThat(Images.imageOf("catalog", REPOSITORY)).matches("agora/catalog:\\d+\\.\\d+\\.\\d+");
        assertThat(Images.imageOf("catalog", REPOSITORY)).doesNotContain("SNAPSHOT");
    }

    @Test
    void the_libraries_ldd_names_by_path_are_found_and_nothing_else() {
        assertThat(Images.libraryIn("\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1c8a9d2000)"))
                .contains(Path.of("/lib/x86_64-linux-gnu/libc.so.6"));
        assertThat(Images.libraryIn("\t/lib64/ld-linux-x86-64.so.2 (0x00007f1c8abd9000)"))
                .contains(Path.of("/lib64/ld-linux-x86-64.so.2"));
        assertThat(Images.libraryIn("\tlinux-vdso.so.1 (0x00007ffd5a1f4000)")).isEmpty();
        assertThat(Images.libraryIn("\tlibjvm.so => not found")).isEmpty();
    }

    @Test
    void every_service_the_launcher_runs_has_an_image() {
        assertThat(Images.SERVICES)
                .containsExactlyInAnyOrderElementsOf(Topology.services(Home.of(REPOSITORY), 0).stream()
                        .filter(ServiceSpec::isAgoraService)
                        .map(ServiceSpec::name)
                        .toList());
    }
}
