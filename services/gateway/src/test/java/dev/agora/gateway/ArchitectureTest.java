package dev.agora.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.agora.testing.ArchitectureRules;
import dev.agora.testing.DocumentedErrorCodes;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.gateway");

    private static final JavaClasses GATEWAY_AND_PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agora.gateway", "dev.agora.platform");

    @Test
    void names_say_what_things_are() {
        ArchitectureRules.honestNames("dev.agora.gateway").check(GATEWAY);
    }

    @Test
    void every_error_code_it_can_answer_with_is_documented() {
        DocumentedErrorCodes.assertAllDocumented(GATEWAY_AND_PLATFORM);
    }
}
