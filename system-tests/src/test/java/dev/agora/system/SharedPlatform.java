package dev.agora.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running platform for every system-test class that leaves it as it found it (browsing, security, checkout,
 * observability), breaks parts of it and starts them again (crashes), or reshapes it (resilience): started by the first
 * such class that asks for it, kept in JUnit's root store, and stopped when the test run ends. Starting the platform is
 * most of a system test's time; the classes that need another (the broker alone, the pods of kube up, the launcher's
 * failures) start their own, after these ({@link SharedPlatformFirst}).
 *
 * <p>A class asks with {@code @ExtendWith(SharedPlatform.class)} and a {@link RunningPlatform} parameter, or a {@link
 * Session} parameter annotated {@link SignedIn}, on its {@code @BeforeAll} or test methods.
 */
final class SharedPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningPlatform.class || (type == Session.class && parameter.isAnnotated(SignedIn.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningPlatform platform = platform(context);
        return parameter.getParameter().getType() == RunningPlatform.class
                ? platform
                : platform.session(
                        parameter.findAnnotation(SignedIn.class).orElseThrow().value());
    }

    /**
     * Stops the shared platform, if it runs: a class about to start its own on the same ports (or to need the
     * machine's cores) calls it first ({@link OwnPlatformFirst}).
     */
    static void stop(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        RunningPlatform platform = store.remove(RunningPlatform.class, RunningPlatform.class);
        if (platform != null) {
            platform.close();
        }
    }

    /**
     * The shared platform, started if none runs. A class that started its own platform stopped this one (they use the
     * same ports and state), and one that reshaped it left it otherwise configured; then it is started again.
     */
    static RunningPlatform platform(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        RunningPlatform platform = store.get(RunningPlatform.class, RunningPlatform.class);
        if (platform == null || !platform.isWhole() || platform.isReshaped()) {
            stop(context);
            // The shape ./agora up --with prometheus has, where Prometheus is installed; ObservabilityIT says so if
            // not.
            platform = RunningPlatform.startShared();
            store.put(RunningPlatform.class, platform); // closed by JUnit as the run ends: AutoCloseable
        }
        return platform;
    }
}
