package dev.agora.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency, exact to the currency's minor unit; never a floating-point number. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("An amount cannot be negative: " + amount);
        }
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    /** Reads a decimal string and an ISO 4217 code; anything else is refused with IllegalArgumentException. */
    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount), Currency.getInstance(currency));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(amount + " has more decimals than " + currency + " allows", e);
        }
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }
}
