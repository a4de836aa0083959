package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.Price;
import dev.agora.storefront.domain.PricedCart;
import java.util.List;
import java.util.Locale;

/** The cart as its page prints it, prices in the customer's locale. */
public record CartPresented(List<Line> lines, String total, boolean priced, int units) {

    static CartPresented of(PricedCart cart, Locale locale) {
        return new CartPresented(
                cart.lines().stream().map(line -> Line.of(line, locale)).toList(),
                cart.total().map(total -> PriceFormat.of(total, locale)).orElse(""),
                cart.priced(),
                cart.units());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** {@code unitPrice} and {@code total} empty when the catalog did not price the line. */
    public record Line(String productId, String name, int quantity, String unitPrice, String total, boolean gone) {

        static Line of(PricedCart.Line line, Locale locale) {
            Price unit = line.unitPrice();
            Price total = line.total();
            return new Line(
                    line.line().productId().toString(),
                    line.line().name(),
                    line.line().quantity(),
                    unit == null ? "" : PriceFormat.of(unit, locale),
                    total == null ? "" : PriceFormat.of(total, locale),
                    line.gone());
        }

        public String address() {
            return "/products/" + productId;
        }
    }
}
