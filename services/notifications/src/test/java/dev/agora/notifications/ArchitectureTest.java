package dev.agora.notifications;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.agora.testing.ArchitectureRules;
import dev.agora.testing.DocumentedErrorCodes;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses NOTIFICATIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.notifications");

    private static final JavaClasses NOTIFICATIONS_AND_PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.notifications", "dev.agora.platform");

    @Test
    void follows_the_hexagonal_layering_of_the_architecture() {
        ArchitectureRules.check(NOTIFICATIONS, "dev.agora.notifications");
    }

    @Test
    void every_error_code_it_can_answer_with_is_documented() {
        DocumentedErrorCodes.assertAllDocumented(NOTIFICATIONS_AND_PLATFORM);
    }
}
