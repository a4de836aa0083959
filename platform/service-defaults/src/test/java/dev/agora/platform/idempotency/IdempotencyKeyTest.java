package dev.agora.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.platform.problem.InvalidField;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void takes_a_header_of_1_to_100_characters() {
        assertThat(IdempotencyKey.of("k").value()).isEqualTo("k");
        assertThat(IdempotencyKey.of("x".repeat(100)).value()).hasSize(100);
    }

    @Test
    void refuses_a_missing_blank_or_too_long_header_as_invalid_naming_the_header() {
        for (String header : new String[] {null, "", "  ", "x".repeat(101)}) {
            assertThatThrownBy(() -> IdempotencyKey.of(header))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.code()).isEqualTo(PlatformErrorCodes.VALIDATION_FAILED);
                        assertThat(problem.errors())
                                .extracting(InvalidField::field)
                                .containsExactly("Idempotency-Key");
                    });
        }
    }
}
