package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.domain.Money;
import io.swagger.v3.oas.annotations.media.Schema;

/** Money on the wire: the amount as a decimal string, so no client ever parses it as a float. */
public record MoneyResponse(
        @Schema(example = "12.50", description = "Decimal string, never a number")
        String amount,

        @Schema(example = "EUR", description = "ISO 4217 code")
        String currency) {

    static MoneyResponse of(Money money) {
        return new MoneyResponse(
                money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
