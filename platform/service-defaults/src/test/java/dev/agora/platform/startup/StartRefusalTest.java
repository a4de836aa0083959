package dev.agora.platform.startup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartRefusalTest {

    @Test
    void names_every_problem_at_once_and_the_remedy() {
        assertThatThrownBy(() -> StartRefusal.refuseIfAny(List.of("no url", "no key"), true, "Set them (see a guide)."))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Refusing to start with the prod profile: no url; no key. Set them (see a guide).");
        assertThatThrownBy(() -> StartRefusal.refuseIfAny(List.of("no kind"), false, "Set it."))
                .hasMessage("Refusing to start: no kind. Set it.");
    }

    @Test
    void starts_when_nothing_is_wrong() {
        assertThatCode(() -> StartRefusal.refuseIfAny(List.of(), true, "Set them."))
                .doesNotThrowAnyException();
    }
}
