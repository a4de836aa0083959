package dev.agora.payments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.agora.testing.ArchitectureRules;
import dev.agora.testing.DocumentedErrorCodes;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses PAYMENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.payments");

    private static final JavaClasses PAYMENTS_AND_PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.payments", "dev.agora.platform");

    @Test
    void follows_the_hexagonal_layering_of_the_architecture() {
        ArchitectureRules.check(PAYMENTS, "dev.agora.payments");
    }

    @Test
    void every_error_code_it_can_answer_with_is_documented() {
        DocumentedErrorCodes.assertAllDocumented(PAYMENTS_AND_PLATFORM);
    }
}
