package dev.agora.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error code the code can answer with is described in docs/errors.md: clients rely on that list. A module's test
 * calls {@link #assertAllDocumented} with its classes, the platform's included (import {@code dev.agora.platform} too);
 * a service's does through {@link ServiceArchitectureTest}.
 * The codes are the static {@code ErrorCode} fields of those classes, read by reflection so that this module does not
 * depend on service-defaults (whose own tests use it).
 */
public final class DocumentedErrorCodes {

    private static final Class<?> ERROR_CODE = errorCodeType();
    private static final Pattern DOCUMENTED = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]+)`", Pattern.MULTILINE);

    private DocumentedErrorCodes() {}

    public static void assertAllDocumented(JavaClasses classes) {
        Set<String> used = new TreeSet<>();
        for (JavaClass type : classes) {
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getRawType().isEquivalentTo(ERROR_CODE)) {
                    used.add(nameOf(field));
                }
            }
        }
        assertThat(used)
                .as("error codes found (is dev.agora.platform imported?)")
                .contains("INTERNAL_ERROR");
        Set<String> documented = documented();
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(documented);
        assertThat(missing)
                .as("error codes used in the code but not described in docs/errors.md")
                .isEmpty();
    }

    private static String nameOf(JavaField constant) {
        try {
            Field field = constant.reflect();
            field.setAccessible(true);
            Object code = field.get(null);
            return (String) code.getClass().getMethod("name").invoke(code);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the error code " + constant.getFullName(), e);
        }
    }

    private static Class<?> errorCodeType() {
        try {
            return Class.forName("dev.agora.platform.problem.ErrorCode");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("service-defaults must be on the test class path", e);
        }
    }

    static Set<String> documented() {
        Path errors = repositoryRoot().resolve("docs/errors.md");
        try {
            Matcher matcher = DOCUMENTED.matcher(Files.readString(errors));
            Set<String> codes = new TreeSet<>();
            while (matcher.find()) {
                codes.add(matcher.group(1));
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + errors, e);
        }
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/errors.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "docs/errors.md not found above " + Path.of("").toAbsolutePath());
    }
}
