package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.Price;
import java.text.NumberFormat;
import java.util.Locale;

/** A price written as the customer's locale writes money ({@code 12,50 €} in French, {@code €12.50} in English). */
final class PriceFormat {

    private PriceFormat() {}

    static String of(Price price, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(price.currency());
        format.setMinimumFractionDigits(price.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(price.currency().getDefaultFractionDigits());
        return format.format(price.amount());
    }
}
