package dev.agora.inventory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.agora.testing.ArchitectureRules;
import dev.agora.testing.DocumentedErrorCodes;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses INVENTORY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.inventory");

    private static final JavaClasses INVENTORY_AND_PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.inventory", "dev.agora.platform");

    @Test
    void follows_the_hexagonal_layering_of_the_architecture() {
        ArchitectureRules.check(INVENTORY, "dev.agora.inventory");
    }

    @Test
    void every_error_code_it_can_answer_with_is_documented() {
        DocumentedErrorCodes.assertAllDocumented(INVENTORY_AND_PLATFORM);
    }
}
