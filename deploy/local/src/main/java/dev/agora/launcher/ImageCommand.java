package dev.agora.launcher;

import java.io.PrintStream;
import java.util.List;

/** {@code ./agora image build}: the container image of one service, or of all, with buildah. */
final class ImageCommand extends Command {

    private static final Usage USAGE = new Usage(
            "image build [SERVICE|all] [--base-image IMAGE]",
            """
            build the container image of one service, or of all, with buildah: agora/<service>:<version> from
            deploy/container/Containerfile, with a JDK AOT cache; on a Java runtime made here from this JDK (jlink),
            or on IMAGE (e.g. docker.io/library/eclipse-temurin:25-jre); prints sizes
            """,
            List.of(Option.valued("--base-image", "IMAGE")),
            1,
            2);

    ImageCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        if (!arguments.words().getFirst().equals("build")) {
            throw new UsageError("image takes build.");
        }
        String which = arguments.word(1, "all");
        List<String> services = which.equals("all") ? Images.SERVICES : List.of(which);
        if (!Images.SERVICES.containsAll(services)) {
            throw new UsageError(
                    "no service '" + which + "'; the services are " + String.join(", ", Images.SERVICES) + ".");
        }
        String base = arguments.value("--base-image", "");
        List<Images.Built> built = new Images(home, out).build(services, base.isBlank() ? null : base);
        out.println();
        out.printf("%-32s %s%n", "IMAGE", "SIZE");
        built.forEach(image -> out.printf("%-32s %s%n", image.image(), image.size()));
        return 0;
    }
}
