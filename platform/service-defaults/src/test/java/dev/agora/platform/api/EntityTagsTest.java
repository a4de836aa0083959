package dev.agora.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void if_match_names_the_version_with_or_without_what_else_the_representation_shows() {
        assertThat(EntityTags.expectedVersion(EntityTags.of(3), "the product")).isEqualTo(3);
        assertThat(EntityTags.of(3, "r2-4.5")).isEqualTo("\"3+r2-4.5\"");
        assertThat(EntityTags.expectedVersion(EntityTags.of(3, "r2-4.5"), "the product"))
                .isEqualTo(3);
    }

    @Test
    void an_if_match_that_names_no_version_is_refused() {
        for (String ifMatch : new String[] {"\"r2\"", "3", "\"3+\"", "W/\"3\"", "\"3+a b\""}) {
            assertThatThrownBy(() -> EntityTags.expectedVersion(ifMatch, "the product"))
                    .as(ifMatch)
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            refused -> assertThat(refused.code().name()).isEqualTo("PRECONDITION_FAILED"));
        }
    }
}
