package dev.agora.platform;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.agora.testing.DocumentedErrorCodes;
import org.junit.jupiter.api.Test;

class ErrorCatalogueTest {

    @Test
    void every_platform_error_code_is_documented() {
        DocumentedErrorCodes.assertAllDocumented(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.agora.platform"));
    }
}
