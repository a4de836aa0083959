package dev.agora.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture checks every service passes, the gateway included: honest names and documented error codes. A
 * service's {@code ArchitectureTest} extends this (or {@link HexagonalServiceArchitectureTest}, as the services with a
 * domain do) with its base package, and adds its own rules over {@link #classes()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitectureTest {

    private static final String PLATFORM = "dev.agora.platform";

    private final String basePackage;
    private @Nullable JavaClasses withPlatform;

    /** {@code basePackage}: the service's root package, {@code dev.agora.catalog}. */
    protected ServiceArchitectureTest(String basePackage) {
        this.basePackage = basePackage;
    }

    protected final String basePackage() {
        return basePackage;
    }

    /** The service's own classes, its tests left out. */
    protected final JavaClasses classes() {
        return withPlatform().that(resideInAPackage(basePackage + ".."));
    }

    /**
     * The service's classes and the platform's, whose error codes it answers with too. Imported once per test class
     * (one instance for all its tests): an import takes seconds.
     */
    private JavaClasses withPlatform() {
        if (withPlatform == null) {
            withPlatform = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(basePackage, PLATFORM);
        }
        return withPlatform;
    }

    @Test
    public void names_say_what_things_are() {
        ArchitectureRules.honestNames(basePackage).check(classes());
    }

    @Test
    public void every_error_code_it_can_answer_with_is_documented() {
        DocumentedErrorCodes.assertAllDocumented(withPlatform());
    }
}
