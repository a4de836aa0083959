package dev.agora.storefront.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cart as the catalog prices it now. A line whose product left the catalogue has no price and is not counted; when
 * the catalog could not answer, no line has a price and the cart has no total (it is shown all the same).
 */
public record PricedCart(List<Line> lines, boolean priced) {

    public PricedCart {
        lines = List.copyOf(lines);
    }

    public static PricedCart empty() {
        return new PricedCart(List.of(), true);
    }

    /** The sum of the priced lines, in their currency; empty when unpriced, empty, or (never in this shop) mixed. */
    public Optional<Price> total() {
        List<Price> prices =
                lines.stream().map(Line::total).filter(total -> total != null).toList();
        if (!priced
                || prices.isEmpty()
                || prices.stream().map(Price::currency).distinct().count() > 1) {
            return Optional.empty();
        }
        BigDecimal sum = prices.stream().map(Price::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Price(sum, prices.getFirst().currency()));
    }

    public int units() {
        return lines.stream().mapToInt(line -> line.line().quantity()).sum();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * @param unitPrice the catalog's price now; null when the product is gone or the catalog did not answer
     * @param gone whether the catalog no longer has the product
     */
    public record Line(CartLine line, @Nullable Price unitPrice, boolean gone) {

        public @Nullable Price total() {
            return unitPrice == null
                    ? null
                    : new Price(unitPrice.amount().multiply(BigDecimal.valueOf(line.quantity())), unitPrice.currency());
        }
    }
}
