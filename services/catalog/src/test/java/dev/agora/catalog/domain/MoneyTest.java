package dev.agora.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keeps_the_amount_exact_to_the_minor_unit() {
        assertThat(Money.of("12.5", "EUR").amount().toPlainString()).isEqualTo("12.50");
    }

    @Test
    void refuses_an_amount_finer_than_the_currency_allows_rather_than_rounding_it() {
        assertThatThrownBy(() -> Money.of("12.505", "EUR")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void refuses_a_negative_price() {
        assertThatThrownBy(() -> Money.of("-1.00", "EUR")).isInstanceOf(IllegalArgumentException.class);
    }
}
