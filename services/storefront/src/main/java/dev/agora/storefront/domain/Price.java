package dev.agora.storefront.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A price as the catalog sets it: never computed from what a browser sends. */
public record Price(BigDecimal amount, Currency currency) {

    public Price {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
