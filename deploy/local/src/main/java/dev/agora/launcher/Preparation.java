package dev.agora.launcher;

import dev.agora.launcher.ProcessKind.Prepared;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes Agora's services (and Zipkin, also a Spring Boot application) ready to run fast: each jar unpacked the way
 * Spring Boot recommends for production, and given a JDK AOT cache (JEP 483: classes loaded and linked ahead of time,
 * from one training run that stops once the application context is refreshed). Both together roughly halve the
 * start-up time; they are made again only when a jar's content changes (its digest is remembered, {@link
 * Sha256#remembered}).
 */
final class Preparation {

    private static final Duration TRAINING_LIMIT = Duration.ofSeconds(180);
    static final int VERSIONS_KEPT = 3;
    static final String PARTIAL = ".partial-";

    private final Home home;
    private final PrintStream out;

    /** {@code out}: where it says what it prepares. */
    Preparation(Home home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    /** Each of {@code services} that {@link ProcessKind#isPrepared() is prepared}, unpacked and with its cache. */
    Map<ServiceSpec, Prepared> prepare(List<ServiceSpec> services) {
        // One jar per service: its instances share it and its cache, so each is unpacked, and trained, once.
        Map<String, ServiceSpec> firstInstances = new LinkedHashMap<>();
        Map<String, Path> jars = new LinkedHashMap<>();
        for (ServiceSpec service : services) {
            if (service.kind().isPrepared() && firstInstances.putIfAbsent(service.name(), service) == null) {
                jars.put(service.name(), extracted(service));
            }
        }
        List<ServiceSpec> untrained = firstInstances.values().stream()
                .filter(service -> !Files.isRegularFile(aotCacheOf(jars.get(service.name()))))
                .toList();
        if (!untrained.isEmpty()) {
            out.println("Preparing "
                    + String.join(
                            ", ", untrained.stream().map(ServiceSpec::name).toList())
                    + " for a fast start (a JDK AOT cache, made once per jar: a minute or two on two cores) ...");
            Map<ServiceSpec, Process> trainings = new LinkedHashMap<>();
            untrained.forEach(service -> trainings.put(service, train(service, jars.get(service.name()))));
            trainings.forEach((service, training) -> finishTraining(service, training, jars.get(service.name())));
        }
        Map<ServiceSpec, Prepared> prepared = new LinkedHashMap<>();
        for (ServiceSpec service : services) {
            Path jar = jars.get(service.name());
            if (jar != null) {
                Path cache = aotCacheOf(jar);
                prepared.put(service, new Prepared(jar, Files.isRegularFile(cache) ? cache : null));
            }
        }
        return prepared;
    }

    /**
     * A JVM that dies while starting may have been given a cache it cannot use (a JDK update, a damaged file): the
     * cache goes, and the next start makes a new one. Returns what to tell the user.
     */
    String discardAotCache(ServiceSpec service) {
        if (!service.kind().isPrepared()) {
            return ""; // the broker has no cache: what it said is the whole story
        }
        Path cache = aotCacheOf(
                contentFolder(service).resolve(service.jar(home.repository()).getFileName()));
        try {
            return Files.deleteIfExists(cache)
                    ? " (its AOT cache was removed; the next ./agora up makes a new one)"
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Named for how it is trained (ADR 0023): a cache trained otherwise, by an older launcher, is not taken for it. */
    private static Path aotCacheOf(Path jar) {
        return jar.resolveSibling("app.c1.aot");
    }

    /**
     * Where this launcher's training run writes (another launcher may train the same jar at the same time); the cache
     * is moved into place only when the run ends well.
     */
    private static Path trainingOutputOf(Path jar) {
        return jar.resolveSibling("app.aot.training-" + ProcessHandle.current().pid());
    }

    /** The training run's own data folder, as its output is its own. */
    private static Path trainingDataOf(Path jar) {
        return jar.resolveSibling("training-" + ProcessHandle.current().pid());
    }

    private Process train(ServiceSpec service, Path jar) {
        Path scratch = trainingDataOf(jar);
        List<String> command = new ArrayList<>();
        command.add(ProcessKind.javaExecutable());
        command.addAll(service.kind().jvmOptions());
        command.addAll(List.of(
                // C1 only: the cache then holds no C2 profiles, which made every later start spend its first seconds
                // compiling. Measured on two cores: all ready in 37-44 s instead of 58-60 s, trained in 121 s, not 165.
                "-XX:TieredStopAtLevel=1",
                "-XX:AOTCacheOutput=" + trainingOutputOf(jar),
                "-Dspring.context.exit=onRefresh",
                "-jar",
                jar.toString()));
        command.addAll(service.kind().trainingArguments(service, scratch));
        try {
            ProcessBuilder training = new ProcessBuilder(command);
            training.environment().putAll(service.kind().environment());
            return training.directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(jar.resolveSibling("training.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new LaunchFailure("Cannot start the training run of " + service.name() + ": " + e.getMessage());
        }
    }

    /**
     * Keeps the cache of a training run that ended well. An interrupted run (Ctrl-C, time limit) can leave a cache
     * that crashes the JVM that loads it, so such a cache is thrown away.
     */
    private void finishTraining(ServiceSpec service, Process training, Path jar) {
        try {
            boolean done = training.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                training.destroyForcibly().waitFor();
            }
            Path output = trainingOutputOf(jar);
            FileTrees.delete(trainingDataOf(jar));
            if (done && training.exitValue() == 0 && Files.isRegularFile(output)) {
                Files.move(output, aotCacheOf(jar), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(output);
                Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".config"));
                out.println("  (no AOT cache for " + service.name() + ": it starts without one; see "
                        + jar.resolveSibling("training.log") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            training.destroyForcibly();
            throw new LaunchFailure("Interrupted while preparing " + service.name() + ".");
        }
    }

    /**
     * The service jar unpacked (Boot's tools jar mode) under {@code app/<name>/<content hash>/}. A folder has its name
     * only once complete (it is unpacked beside it, then renamed), so two launchers preparing the same jar at once
     * (./agora up and the system tests) never run half of one.
     */
    private Path extracted(ServiceSpec service) {
        Path jar = service.jar(home.repository());
        if (!Files.isRegularFile(jar)) {
            throw new LaunchFailure("No jar for " + service.name() + " at " + jar + ": build it with ./mvnw package.");
        }
        Path target = contentFolder(service);
        Path runnable = target.resolve(jar.getFileName());
        try {
            if (!Files.isRegularFile(runnable)) {
                Path partial = target.resolveSibling(
                        target.getFileName() + PARTIAL + ProcessHandle.current().pid());
                FileTrees.delete(partial);
                unpack(jar, partial);
                try {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException preparedMeanwhile) {
                    FileTrees.delete(partial);
                }
            }
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            removeOldVersions(target.getParent());
            return runnable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the service's jar, as it is now, is unpacked. */
    private Path contentFolder(ServiceSpec service) {
        return contentFolder(home.apps(), service.name(), service.jar(home.repository()));
    }

    /** The folder of {@code apps} for this content of a service's jar: the same for the same bytes. */
    static Path contentFolder(Path apps, String service, Path jar) {
        String digest = Sha256.remembered(jar, apps.resolve(service + ".jar.sha256"));
        return apps.resolve(service).resolve(digest.substring(0, 16));
    }

    private static void unpack(Path jar, Path destination) throws IOException {
        try {
            Process extract = new ProcessBuilder(
                            ProcessKind.javaExecutable(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--force",
                            "--destination",
                            destination.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (extract.waitFor() != 0) {
                throw new LaunchFailure("Cannot unpack " + jar + " (exit " + extract.exitValue() + ").");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while unpacking " + jar + ".");
        }
    }

    /**
     * Keeps the {@value #VERSIONS_KEPT} most recently used versions of a service: an older one may still run beside
     * (./agora up while the system tests run), and all of them would fill the disk. Half-unpacked folders whose
     * launcher has gone are removed too.
     */
    static void removeOldVersions(Path versions) throws IOException {
        List<Path> complete = new ArrayList<>();
        try (Stream<Path> folders = Files.list(versions)) {
            for (Path folder : folders.toList()) {
                String name = folder.getFileName().toString();
                int partial = name.indexOf(PARTIAL);
                if (partial < 0) {
                    complete.add(folder);
                } else if (ProcessHandle.of(Long.parseLong(name.substring(partial + PARTIAL.length())))
                        .isEmpty()) {
                    FileTrees.delete(folder);
                }
            }
        }
        complete.sort(Comparator.comparing(Preparation::lastModified).reversed());
        complete.stream().skip(VERSIONS_KEPT).forEach(FileTrees::delete);
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
