package dev.agora.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keeps_the_exact_amount_to_the_minor_unit_of_its_currency() {
        assertThat(Money.of("59.8", "EUR").amount().toPlainString()).isEqualTo("59.80");
        assertThat(Money.of("1200", "JPY").amount().toPlainString()).isEqualTo("1200");
    }

    @Test
    void refuses_what_is_no_amount_of_that_currency() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("-1.00", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("ten", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.00", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
