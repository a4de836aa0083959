package dev.agora.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Kafka broker, KRaft mode (broker and controller in one JVM), run from the Apache Kafka jars that
 * {@code deploy/kafka} gathers: no Docker, no ZooKeeper. Its data lives under the home's {@code kafka/} folder and
 * survives restarts; the storage is formatted once, on first start.
 */
public final class KafkaBroker implements AutoCloseable {

    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m");

    private final Home home;
    private final int port;
    private final Process process;

    private KafkaBroker(Home home, int port, Process process) {
        this.home = home;
        this.port = port;
        this.process = process;
    }

    /** Starts the broker on {@code port} (its controller on {@code controllerPort}) and waits until it answers. */
    public static KafkaBroker start(Home home, int port, int controllerPort, Duration readyTimeout) {
        Path libs = home.repository().resolve("deploy/kafka/target/libs");
        if (!Files.isDirectory(libs)) {
            throw new LaunchFailure("No Kafka jars in " + libs + ": build them with ./mvnw package -pl deploy/kafka.");
        }
        Ports.requireFree(port, "kafka");
        Ports.requireFree(controllerPort, "kafka (controller)");
        Path dir = home.state().resolve("kafka");
        Path config = dir.resolve("server.properties");
        try {
            Files.createDirectories(dir);
            writeConfig(config, dir.resolve("data"), port, controllerPort);
            if (!Files.isRegularFile(dir.resolve("data/meta.properties"))) {
                format(home.repository(), libs, config, home.log("kafka-format"));
            }
            Process process = new ProcessBuilder(command(home.repository(), libs, "kafka.Kafka", config.toString()))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.log("kafka").toFile())
                    .start();
            KafkaBroker broker = new KafkaBroker(home, port, process);
            broker.awaitReady(readyTimeout);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Creates each topic with its partition count (replication factor 1: one broker); an existing one is kept. */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        List<NewTopic> topics = new ArrayList<>();
        partitionsByTopic.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, (short) 1)));
        try (Admin admin = admin()) {
            admin.createTopics(topics).values().forEach((name, created) -> {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new LaunchFailure("Cannot create the topic " + name + ": "
                                + e.getCause().getMessage());
                    }
                } catch (InterruptedException | TimeoutException e) {
                    throw new LaunchFailure("Cannot create the topic " + name + ": " + e);
                }
            });
        }
    }

    public Set<String> topics() {
        try (Admin admin = admin()) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new LaunchFailure("Cannot list the topics: " + e);
        }
    }

    /** Stops the broker gracefully (it flushes its logs), or forcibly after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new LaunchFailure(
                        "kafka exited with code " + process.exitValue() + " before it was ready. Its last log lines ("
                                + home.log("kafka") + "):",
                        Logs.lastLines(home.log("kafka"), 20));
            }
            // The port opens before the broker serves metadata: ask the cluster itself.
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    close();
                    throw new LaunchFailure(
                            "kafka did not become ready within " + timeout.toSeconds() + " s. Its last log lines ("
                                    + home.log("kafka") + "):",
                            Logs.lastLines(home.log("kafka"), 20));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new LaunchFailure("Interrupted while waiting for kafka.");
            }
        }
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        return Admin.create(properties);
    }

    private static void writeConfig(Path config, Path data, int port, int controllerPort) throws IOException {
        Files.writeString(config, """
                # Written by ./agora at each start: one node, broker and controller (KRaft), on 127.0.0.1 only.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                min.insync.replicas=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=false
                """.formatted(port, controllerPort, data));
    }

    private static void format(Path repository, Path libs, Path config, Path log) {
        try {
            Process format = new ProcessBuilder(command(
                            repository,
                            libs,
                            "kafka.tools.StorageTool",
                            "format",
                            "-t",
                            Uuid.randomUuid().toString(),
                            "-c",
                            config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new LaunchFailure(
                        "Cannot format the Kafka storage. The tool said (" + log + "):", Logs.lastLines(log, 20));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while formatting the Kafka storage.");
        }
    }

    private static List<String> command(Path repository, Path libs, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Platform.javaExecutable());
        command.addAll(JVM_OPTIONS);
        // Without a configuration log4j2 prints errors only.
        command.add("-Dlog4j2.configurationFile=" + repository.resolve("deploy/kafka/log4j2.xml"));
        command.add("-cp");
        command.add(libs.resolve("*").toString());
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }
}
