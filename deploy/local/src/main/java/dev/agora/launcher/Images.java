package dev.agora.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./agora image build}: an OCI image per service from the one Containerfile of deploy/container, built by
 * buildah (no daemon, no registry). Its base is a Java runtime made here from the JDK that runs the launcher (jlinked
 * to the modules the services use, with the shared libraries its binaries need, in an image made FROM scratch), unless
 * {@code --base-image} names another, such as the public Temurin JRE where a registry can be reached.
 */
public final class Images {

    /** Every service becomes an image, in start order. */
    public static final List<String> SERVICES = ServiceTable.names();

    /**
     * The JDK modules the services use: the union of {@code jdeps --print-module-deps} over each service's jars, and
     * jdk.naming.dns, which gRPC's DNS resolver looks up by reflection.
     */
    static final List<String> RUNTIME_MODULES = List.of(
            "java.base",
            "java.compiler",
            "java.desktop",
            "java.instrument",
            "java.naming",
            "java.net.http",
            "java.prefs",
            "java.scripting",
            "java.security.jgss",
            "java.security.sasl",
            "java.sql.rowset",
            "jdk.jfr",
            "jdk.management",
            "jdk.naming.dns",
            "jdk.net",
            "jdk.unsupported");

    /** Native parts of desktop features that a server never loads; without them no X11 or sound library is needed. */
    static final Set<String> DESKTOP_LIBRARIES =
            Set.of("libawt_xawt.so", "libjawt.so", "libjsound.so", "libsplashscreen.so");

    static final String RUNTIME_IMAGE = "localhost/agora/java-runtime";

    private static final String LOCAL_PREFIX = "agora/";
    private static final String PUBLISHED_PREFIX = "ghcr.io/agora-store/agora-";

    private static final Pattern LIBRARY_PATH = Pattern.compile("(?:=>\\s*|^\\s*)(/\\S+)\\s+\\(0x");
    private static final Pattern PROJECT_VERSION =
            Pattern.compile("<artifactId>agora</artifactId>\\s*<version>([^<]+)</version>");

    private final Home home;
    private final PrintStream out;

    /** {@code out}: where it says what it builds. */
    public Images(Home home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    /** An image made, with its size as buildah tells it. */
    public record Built(String image, String size) {}

    /** The tag of a service's image: {@code agora/<service>:<version>}, the version the root POM gives, released. */
    public static String imageOf(String service, Path repository) {
        return LOCAL_PREFIX + service + ":" + version(repository);
    }

    /**
     * The name .github/workflows/images.yml publishes a service's image under, which the Kubernetes manifests run: {@code
     * ghcr.io/agora-store/agora-<service>:<version>} (the deploy workflow points it at its owner and commit).
     */
    public static String publishedImageOf(String service, Path repository) {
        return PUBLISHED_PREFIX + service + ":" + version(repository);
    }

    /** The image {@code ./agora image build} made here for a published image's name; any other name as it is. */
    static String localImageOf(String image) {
        return image.startsWith(PUBLISHED_PREFIX) ? LOCAL_PREFIX + image.substring(PUBLISHED_PREFIX.length()) : image;
    }

    static String version(Path repository) {
        try {
            Matcher version = PROJECT_VERSION.matcher(Files.readString(repository.resolve("pom.xml")));
            if (!version.find()) {
                throw new LaunchFailure("No version of artifact agora in " + repository.resolve("pom.xml"));
            }
            return version.group(1).replace("-SNAPSHOT", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The label that names what an image was made from: the SHA-256 of the service jar and of the Containerfile (which
     * says how the image and its AOT cache are made).
     */
    static final String MADE_FROM_LABEL = "dev.agora.made-from";

    /**
     * Whether the service's image exists and was made from its jar as the build left it and from the Containerfile as
     * it is now: {@code ./agora kube up} builds again an image of the same tag made from older code or an older recipe.
     */
    public boolean isCurrent(String service) {
        String image = imageOf(service, home.repository());
        if (!exists(image)) {
            return false;
        }
        String label = Tools.output(
                List.of(
                        "buildah",
                        "inspect",
                        "--type",
                        "image",
                        "--format",
                        "{{index .OCIv1.Config.Labels \"" + MADE_FROM_LABEL + "\"}}",
                        image),
                home.log("image-" + service));
        return label.strip().equals(madeFrom(service));
    }

    private String madeFrom(String service) {
        return "jar=" + Sha256.of(jarOf(service)) + ",containerfile=" + Sha256.of(containerfile());
    }

    private Path containerfile() {
        return home.repository().resolve("deploy/container/Containerfile");
    }

    /** Whether an image of that name is in the local storage that buildah and podman share. */
    public static boolean exists(String image) {
        return Tools.exitOf(List.of("buildah", "inspect", "--type", "image", image)) == 0;
    }

    /** Builds the images of {@code services} on {@code baseImage}, or on the local Java runtime when it is null. */
    public List<Built> build(List<String> services, @Nullable String baseImage) {
        Tools.require("buildah", "sudo apt-get install buildah runc (docs/guides/kubernetes.md)");
        new Builds(home, out)
                .buildStale(Topology.services(home, 0).stream()
                        .filter(spec -> services.contains(spec.name()))
                        .toList());
        String base = baseImage == null ? javaRuntime() : baseImage;
        // Each build is mostly one JVM's training run, which keeps about one core busy: as many at once as there are
        // cores (buildah's storage is safe to share). A failure waits for the others, so what did build is kept.
        List<Future<Built>> builds = new ArrayList<>();
        try (ExecutorService builders =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            for (String service : services) {
                builds.add(builders.submit(() -> buildService(service, base)));
            }
        }
        List<Built> built = new ArrayList<>();
        for (Future<Built> build : builds) {
            built.add(outcomeOf(build));
        }
        return built;
    }

    private static Built outcomeOf(Future<Built> build) {
        try {
            return build.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new LaunchFailure("An image did not build: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while building the images.");
        }
    }

    private Built buildService(String service, String base) {
        String image = imageOf(service, home.repository());
        Path log = home.log("image-" + service);
        out.println("Building " + image + " on " + base
                + " (its AOT cache is made by a training run: about half a minute; output in "
                + home.repository().relativize(log) + ") ...");
        Path context = layers(service);
        Tools.run(
                List.of(
                        "buildah",
                        "bud",
                        "--layers",
                        "--file",
                        containerfile().toString(),
                        "--build-arg",
                        "BASE_IMAGE=" + base,
                        "--tag",
                        image,
                        "--label",
                        MADE_FROM_LABEL + "=" + madeFrom(service),
                        context.toString()),
                log,
                "The image of " + service + " did not build");
        return new Built(image, sizeOf(image));
    }

    /**
     * The build context of a service's image: its jar extracted by Spring Boot into layers (libraries, snapshot
     * libraries, the application), the application jar named app.jar so that one Containerfile serves every service.
     */
    private Path layers(String service) {
        Path jar = jarOf(service);
        Path context = jar.resolveSibling("image");
        FileTrees.delete(context);
        Tools.run(
                List.of(
                        ProcessKind.javaExecutable(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--layers",
                        "--force",
                        "--destination",
                        context.toString()),
                home.log("image-" + service),
                "Cannot extract the layers of " + jar);
        try {
            for (String layer : List.of("dependencies", "snapshot-dependencies", "application")) {
                Files.createDirectories(context.resolve(layer));
            }
            Files.move(
                    context.resolve("application").resolve(service + ".jar"),
                    context.resolve("application").resolve("app.jar"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LaunchFailure("Cannot prepare the layers of " + service + ": " + e.getMessage());
        }
        return context;
    }

    private Path jarOf(String service) {
        return home.repository()
                .resolve("services")
                .resolve(service)
                .resolve("target")
                .resolve(service + ".jar");
    }

    /** The local Java runtime image, made once per JDK version. */
    String javaRuntime() {
        Runtime.Version jdk = Runtime.version();
        String image = RUNTIME_IMAGE + ":" + jdk.feature() + "." + jdk.interim() + "." + jdk.update();
        if (exists(image)) {
            return image;
        }
        Path log = home.log("image-java-runtime");
        out.println("Making " + image + " from this machine's JDK (jlink, once; output in "
                + home.repository().relativize(log) + ") ...");
        Path root = home.state().resolve("images").resolve("java-runtime");
        FileTrees.delete(root);
        Path java = root.resolve("opt/java");
        Path jdkHome = Path.of(System.getProperty("java.home"));
        Tools.run(
                List.of(
                        jdkHome.resolve("bin/jlink").toString(),
                        "--add-modules",
                        String.join(",", RUNTIME_MODULES),
                        "--strip-debug",
                        "--no-man-pages",
                        "--no-header-files",
                        "--output",
                        java.toString()),
                log,
                "jlink could not make the Java runtime");
        try {
            for (String library : DESKTOP_LIBRARIES) {
                Files.deleteIfExists(java.resolve("lib").resolve(library));
            }
            for (Path library : sharedLibrariesOf(java, log)) {
                Path copy = root.resolve(library.toString().substring(1));
                Files.createDirectories(copy.getParent());
                Files.copy(library, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            Path tmp = Files.createDirectories(root.resolve("tmp"));
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        } catch (IOException e) {
            throw new LaunchFailure("Cannot assemble the Java runtime under " + root + ": " + e.getMessage());
        }
        String container =
                Tools.output(List.of("buildah", "from", "scratch"), log).strip();
        Tools.run(List.of("buildah", "copy", container, root.toString(), "/"), log, "buildah copy failed");
        Tools.run(
                List.of(
                        "buildah",
                        "config",
                        "--env",
                        "JAVA_HOME=/opt/java",
                        "--env",
                        "PATH=/opt/java/bin",
                        "--env",
                        "LANG=C.UTF-8",
                        "--label",
                        "org.opencontainers.image.description=Java " + jdk + " runtime for Agora's services",
                        container),
                log,
                "buildah config failed");
        Tools.run(List.of("buildah", "commit", "--rm", container, image), log, "buildah commit failed");
        out.println("Made " + image + " (" + sizeOf(image) + ").");
        return image;
    }

    /** The shared libraries (outside the runtime) that the runtime's executables and libraries need, as ldd says. */
    private static Set<Path> sharedLibrariesOf(Path runtime, Path log) throws IOException {
        Set<Path> libraries = new TreeSet<>();
        List<Path> binaries;
        try (Stream<Path> files = Files.walk(runtime)) {
            binaries = files.filter(Files::isRegularFile).filter(Images::isElf).toList();
        }
        Set<String> ownLibraries = new TreeSet<>();
        binaries.forEach(binary -> ownLibraries.add(binary.getFileName().toString()));
        for (Path binary : binaries) {
            for (String line :
                    Tools.output(List.of("ldd", binary.toString()), log).split("\n")) {
                // The runtime's own libraries (libjvm.so) are found at run time through the JDK's own paths.
                if (line.contains("not found")
                        && !ownLibraries.contains(line.strip().split("\\s")[0])) {
                    throw new LaunchFailure(binary + " needs a library this machine lacks: " + line.strip());
                }
                libraryIn(line).filter(library -> !library.startsWith(runtime)).ifPresent(libraries::add);
            }
        }
        return libraries;
    }

    /** The library a line of ldd's output names by its path ({@code libc.so.6 => /lib/.../libc.so.6 (0x...)}). */
    static Optional<Path> libraryIn(String lddLine) {
        Matcher library = LIBRARY_PATH.matcher(lddLine);
        return library.find() ? Optional.of(Path.of(library.group(1))) : Optional.empty();
    }

    private static boolean isElf(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        } catch (IOException e) {
            return false;
        }
    }

    private String sizeOf(String image) {
        String json = Tools.output(List.of("buildah", "images", "--json", image), home.log("image-size"));
        JsonNode images = JsonMapper.shared().readTree(json.getBytes(StandardCharsets.UTF_8));
        return images.isArray() && !images.isEmpty()
                ? images.get(0).path("size").asString()
                : "size unknown";
    }
}
