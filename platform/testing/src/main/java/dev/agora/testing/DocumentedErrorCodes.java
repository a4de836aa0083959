package dev.agora.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * calls {@link #assertAllDocumented} with its classes, the platform's included (import {@code dev.agora.platform} too).
 * The codes are the constants of every enum implementing {@code ErrorCode}, found by name so that this module does not
 * depend on service-defaults (whose own tests use it).
 */
public final class DocumentedErrorCodes {

    private static final String ERROR_CODE = "dev.agora.platform.problem.ErrorCode";
    private static final Pattern DOCUMENTED = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]+)`", Pattern.MULTILINE);

    private DocumentedErrorCodes() {}

    public static void assertAllDocumented(JavaClasses classes) {
        Set<String> used = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isEnum() && type.isAssignableTo(ERROR_CODE)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    used.add(((Enum<?>) constant).name());
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
