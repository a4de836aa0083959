package dev.agora.launcher;

import java.io.IOException;
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
import org.jspecify.annotations.Nullable;

/**
 * A real single-node Kafka broker, KRaft mode (broker and controller in one JVM), run from the Apache Kafka jars that
 * {@code deploy/kafka} gathers: no Docker, no ZooKeeper. The platform starts, watches and stops it like a service (its
 * spec's port is the broker's, its management port the controller's); its data lives under the home's {@code kafka/}
 * folder and survives restarts; the storage is formatted once, on first start.
 */
public final class KafkaBroker implements ProcessKind {

    public static final String NAME = "kafka";

    static final KafkaBroker KIND = new KafkaBroker();

    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m");

    private KafkaBroker() {}

    /** The broker on {@code port}, its controller on {@code controllerPort}. */
    public static ServiceSpec spec(int port, int controllerPort) {
        return new ServiceSpec(NAME, port, controllerPort, List.of());
    }

    public static Path libs(Path repository) {
        return repository.resolve("deploy/kafka/target/libs");
    }

    public static String bootstrapServers(ServiceSpec broker) {
        return "127.0.0.1:" + broker.port();
    }

    @Override
    public String toolName() {
        return NAME;
    }

    /** The command that runs the broker, its configuration written and its storage formatted on the first start. */
    @Override
    public List<String> command(Home home, ServiceSpec broker, @Nullable Prepared unused) throws IOException {
        Path libs = libs(home.repository());
        if (!Files.isDirectory(libs)) {
            throw new LaunchFailure("No Kafka jars in " + libs + ": build them with ./mvnw package -pl deploy/kafka.");
        }
        Path dir = home.state().resolve(NAME);
        Path config = dir.resolve("server.properties");
        Files.createDirectories(dir);
        writeConfig(config, dir.resolve("data"), broker.port(), broker.managementPort());
        if (!Files.isRegularFile(dir.resolve("data/meta.properties"))) {
            format(home.repository(), libs, config, home.log("kafka-format"));
        }
        return command(home.repository(), libs, "kafka.Kafka", config.toString());
    }

    /** Whether the broker serves metadata: its port opens earlier than that, so the cluster itself is asked. */
    @Override
    public boolean isReady(ServiceSpec broker) {
        try (BrokerAdmin admin = admin(broker)) {
            admin.client().describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String readinessCheck(ServiceSpec broker) {
        return "cluster metadata on 127.0.0.1:" + broker.port();
    }

    @Override
    public String address(ServiceSpec broker) {
        return "kafka://" + bootstrapServers(broker);
    }

    /** The topics, before the services need them: they start meanwhile and take longer than this. */
    @Override
    public void whenReady(ServiceSpec broker) {
        createTopics(broker, Topology.topics());
    }

    @Override
    public Path module(Path repository, String name) {
        return repository.resolve("deploy/kafka");
    }

    @Override
    public Path built(Path repository, String name) {
        return libs(repository);
    }

    /** Creates each topic with its partition count (replication factor 1: one broker); an existing one is kept. */
    public static void createTopics(ServiceSpec broker, Map<String, Integer> partitionsByTopic) {
        List<NewTopic> topics = new ArrayList<>();
        partitionsByTopic.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, (short) 1)));
        try (BrokerAdmin admin = admin(broker)) {
            admin.client().createTopics(topics).values().forEach((name, created) -> {
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

    public static Set<String> topics(ServiceSpec broker) {
        try (BrokerAdmin admin = admin(broker)) {
            return admin.client().listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new LaunchFailure("Cannot list the topics: " + e);
        }
    }

    private static BrokerAdmin admin(ServiceSpec broker) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(broker));
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        return new BrokerAdmin(Admin.create(properties));
    }

    /**
     * An admin client closed within {@link #CLOSE_TIMEOUT}: {@code Admin.close()} waits without end for the calls still
     * under way, and a readiness check against a broker still starting was seen waiting there for minutes.
     */
    private record BrokerAdmin(Admin client) implements AutoCloseable {

        static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

        @Override
        public void close() {
            client.close(CLOSE_TIMEOUT);
        }
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
                # The log cleaner (compacting the consumer offsets) allocates this buffer on the heap at start: the
                # default, 128 MB, was half of the broker's heap. 16 MB holds about 700 000 keys a pass.
                log.cleaner.dedupe.buffer.size=16777216
                """.formatted(port, controllerPort, data));
    }

    private static void format(Path repository, Path libs, Path config, Path log) throws IOException {
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while formatting the Kafka storage.");
        }
    }

    private static List<String> command(Path repository, Path libs, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessKind.javaExecutable());
        command.add(ProcessKind.marker(NAME));
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
