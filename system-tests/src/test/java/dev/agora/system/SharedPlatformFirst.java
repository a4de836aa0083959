package dev.agora.system;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the classes of the {@link SharedPlatform} first, by name: those that leave it untouched, then those that break
 * and restore parts of it ({@link RestoresWhatItBreaks}), then those that reshape it ({@link Reshapes}); then the
 * others, by name. A class that starts its own platform stops the shared one, so the shared one starts once only. Set
 * as the default in junit-platform.properties.
 */
public final class SharedPlatformFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparingInt((ClassDescriptor descriptor) -> rank(descriptor.getTestClass()))
                        .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int rank(Class<?> testClass) {
        if (!usesTheSharedPlatform(testClass)) {
            return 3;
        }
        if (testClass.isAnnotationPresent(Reshapes.class)) {
            return 2;
        }
        return testClass.isAnnotationPresent(RestoresWhatItBreaks.class) ? 1 : 0;
    }

    static boolean usesTheSharedPlatform(Class<?> testClass) {
        ExtendWith extensions = testClass.getAnnotation(ExtendWith.class);
        return extensions != null && Arrays.asList(extensions.value()).contains(SharedPlatform.class);
    }
}
