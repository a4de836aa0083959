package dev.agora.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before a class that does not use the {@link SharedPlatform}, the shared one is stopped: such a class starts its own
 * (the broker, a platform of another shape, the pods of kube up) on the same ports, or needs the machine's cores. It
 * is registered for every class (junit-platform.properties, by the service loader), so a new class cannot forget it.
 */
public final class OwnPlatformFirst implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!SharedPlatformFirst.usesTheSharedPlatform(context.getRequiredTestClass())) {
            SharedPlatform.stop(context);
        }
    }
}
