package dev.agora.orders;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.agora.testing.ArchitectureRules;
import dev.agora.testing.DocumentedErrorCodes;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses ORDERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.orders");

    private static final JavaClasses ORDERS_AND_PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.orders", "dev.agora.platform");

    @Test
    void follows_the_hexagonal_layering_of_the_architecture() {
        ArchitectureRules.check(ORDERS, "dev.agora.orders");
    }

    @Test
    void every_error_code_it_can_answer_with_is_documented() {
        DocumentedErrorCodes.assertAllDocumented(ORDERS_AND_PLATFORM);
    }
}
