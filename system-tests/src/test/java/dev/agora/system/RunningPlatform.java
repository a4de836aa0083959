package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.Agora;
import dev.agora.launcher.Builds;
import dev.agora.launcher.Home;
import dev.agora.launcher.LaunchFailure;
import dev.agora.launcher.Platform;
import dev.agora.launcher.PostgresServer;
import dev.agora.launcher.PrometheusServer;
import dev.agora.launcher.RunningService;
import dev.agora.launcher.Scale;
import dev.agora.launcher.ServiceSpec;
import dev.agora.launcher.SignIn;
import dev.agora.launcher.Storage;
import dev.agora.launcher.Topology;
import dev.agora.testing.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The whole platform, started by the same launcher as ./agora, on ports 10000 above the usual ones and with its own
 * state under system-tests/target/agora, so that it runs beside a developer's ./agora up.
 */
final class RunningPlatform implements AutoCloseable {

    static final int PORT_OFFSET = 10_000;

    private final Platform platform;
    private final boolean withPrometheus;
    private final Storage storage;
    private final List<RunningService> services;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private boolean reshaped;

    private RunningPlatform(Platform platform, boolean withPrometheus, Storage storage, List<RunningService> services) {
        this.platform = platform;
        this.withPrometheus = withPrometheus;
        this.storage = storage;
        this.services = new ArrayList<>(services);
    }

    static RunningPlatform start() {
        return start(UnaryOperator.identity());
    }

    /** Starts the services {@code adjust} makes of the usual ones (some left out, some configured otherwise). */
    static RunningPlatform start(UnaryOperator<List<ServiceSpec>> adjust) {
        return start(Scale.NONE, adjust);
    }

    /** Starts {@code scale} instances of each service, as {@code ./agora up --scale} would, adjusted by {@code adjust}. */
    static RunningPlatform start(Scale scale, UnaryOperator<List<ServiceSpec>> adjust) {
        return start(scale, false, Storage.H2, adjust);
    }

    /** As {@code ./agora up --with prometheus}. */
    static RunningPlatform startWithPrometheus() {
        return start(Scale.NONE, true, Storage.H2, UnaryOperator.identity());
    }

    /** As {@code ./agora up --postgres}: the services' data on {@code server}, their databases created if missing. */
    static RunningPlatform startOn(PostgresServer server) {
        return start(Scale.NONE, false, server, UnaryOperator.identity());
    }

    /** The {@link SharedPlatform}: as {@code ./agora up}, with Prometheus where it is installed. */
    static RunningPlatform startShared() {
        return start(Scale.NONE, PrometheusServer.isInstalled(), Storage.H2, UnaryOperator.identity());
    }

    private static RunningPlatform start(
            Scale scale, boolean withPrometheus, Storage storage, UnaryOperator<List<ServiceSpec>> adjust) {
        Path repository = Home.findRepository(Path.of(""));
        Home home = new Home(repository, repository.resolve("system-tests/target/agora"));
        Platform platform = new Platform(home, Duration.ofSeconds(180));
        platform.stopAll(); // what an earlier, interrupted run may have left
        List<ServiceSpec> specs = specsOf(home, scale, withPrometheus, storage, adjust);
        // The jars as the sources are now: a no-op after the full build, a build when the module is run alone.
        new Builds(home, System.out).buildStale(specs);
        storage.prepare();
        return new RunningPlatform(platform, withPrometheus, storage, reported(() -> platform.start(specs)));
    }

    private static List<ServiceSpec> specsOf(
            Home home, Scale scale, boolean withPrometheus, Storage storage, UnaryOperator<List<ServiceSpec>> adjust) {
        return adjust.apply(Topology.services(home, PORT_OFFSET, scale, withPrometheus, storage).stream()
                .map(RunningPlatform::withRoomToSignIn)
                .toList());
    }

    /** What {@code launch} returns; its failure with the service's last log lines, which the test report shows. */
    private static List<RunningService> reported(Supplier<List<RunningService>> launch) {
        try {
            return launch.get();
        } catch (LaunchFailure failure) {
            throw new IllegalStateException(failure.getMessage() + System.lineSeparator() + failure.details(), failure);
        }
    }

    /**
     * Brings this platform to the shape {@code start(scale, adjust)} would start, without starting it all again: each
     * instance it would configure otherwise is replaced, each it would add joins, the others run on (none is removed).
     * A class that reshapes the shared platform leaves it reshaped: the next request for the shared one, even from
     * that class, gets a new one, so such a class takes it once, in its {@code @BeforeAll}.
     */
    void reshape(Scale scale, UnaryOperator<List<ServiceSpec>> adjust) {
        List<ServiceSpec> wanted = specsOf(home(), scale, withPrometheus, storage, adjust);
        List<ServiceSpec> running = services.stream().map(RunningService::spec).toList();
        List<ServiceSpec> changed =
                wanted.stream().filter(spec -> !running.contains(spec)).toList();
        reshaped = true;
        for (RunningService replacement : reported(() -> platform.replace(changed))) {
            String id = replacement.spec().id();
            services.removeIf(service -> service.spec().id().equals(id));
            services.add(replacement);
        }
    }

    /**
     * The tests sign in far more often than five times a minute from this one address: the gateway's sign-in limit is
     * raised for them (the limit itself is tested in the gateway's RateLimitTest). The other limits stay as shipped.
     */
    private static ServiceSpec withRoomToSignIn(ServiceSpec service) {
        return service.name().equals("gateway")
                ? service.withArgument("agora.gateway.rate-limits.login.requests", "1000")
                        .withArgument("agora.gateway.rate-limits.login.burst", "1000")
                : service;
    }

    Home home() {
        return platform.home();
    }

    ApiClient gateway() {
        return ApiClient.onPort(service("gateway").spec().port());
    }

    /** An access token for a seeded user (alice, bob, admin), signed in through the gateway as a browser would. */
    String signIn(String user) {
        return signInAs(user).accessToken();
    }

    /** The tokens of a seeded user (alice, bob, admin), signed in through the gateway as a browser would. */
    SignIn.Tokens signInAs(String user) {
        return new SignIn(gateway().base()).withPassword(user + "@agora.test", user + "-password");
    }

    /** The session of a seeded user, one per user: its token renewed as it nears its end. */
    Session session(String user) {
        return sessions.computeIfAbsent(user, signedIn -> new Session(this, signedIn));
    }

    /** Whether every instance started is still alive: a class that started its own platform stopped this one. */
    boolean isWhole() {
        return services.stream().allMatch(RunningService::isAlive);
    }

    /** Whether a class {@link #reshape reshaped} it. */
    boolean isReshaped() {
        return reshaped;
    }

    /** A checkout through the gateway: {@code quantity} of one product, paid with {@code paymentToken}. */
    ApiClient.Response placeOrder(String token, String key, String productId, int quantity, String paymentToken) {
        return gateway()
                .send(
                        "POST",
                        "/api/orders",
                        """
                {"items": [{"productId": "%s", "quantity": %d}], "paymentToken": "%s"}""".formatted(productId, quantity, paymentToken),
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        key,
                        "Authorization",
                        "Bearer " + token);
    }

    /** Straight to a service's own port, past the gateway, as something inside the network could. */
    ApiClient direct(String name) {
        return ApiClient.onPort(service(name).spec().port());
    }

    /** A service by instance id: {@code catalog} (its first instance) or {@code catalog#2}. */
    RunningService service(String id) {
        return services.stream()
                .filter(service -> service.spec().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance " + id + " runs"));
    }

    /** Every instance of a service. */
    List<RunningService> instances(String name) {
        return services.stream()
                .filter(service -> service.spec().name().equals(name))
                .toList();
    }

    /** Stops an instance (gracefully, if it runs) and starts it again, the others running on. */
    void restart(String id) {
        ServiceSpec spec = service(id).spec();
        RunningService restarted = platform.restart(spec);
        services.replaceAll(service -> service.spec().id().equals(id) ? restarted : service);
    }

    /** SIGKILL, as a crash would: no graceful shutdown. */
    void kill(String id) {
        service(id).process().ifPresent(process -> {
            process.destroyForcibly();
            assertThat(Platform.awaitExit(process, Duration.ofSeconds(30)))
                    .as("%s gone after SIGKILL", id)
                    .isTrue();
        });
    }

    /** As {@code ./agora chaos <service> <settings>}: every instance of the service. */
    void chaos(String name, String... settings) {
        List<String> args = new ArrayList<>(List.of("chaos", name));
        args.addAll(List.of(settings));
        agora(args.toArray(String[]::new));
    }

    /** What {@code ./agora <args>} prints against this platform, line by line; fails unless it exits with 0. */
    List<String> agora(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Agora.run(
                home(),
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit)
                .as("./agora %s: %s", String.join(" ", args), err.toString(StandardCharsets.UTF_8))
                .isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Override
    public void close() {
        platform.stopAll();
    }
}
