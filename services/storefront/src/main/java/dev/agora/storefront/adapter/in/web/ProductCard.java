package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.Availability;
import dev.agora.storefront.domain.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A product as a page prints it; every text still raw, the template escapes it. Its picture is drawn in the page from
 * its category and name (a colour per category, the name's initials): nothing is fetched from elsewhere, and the same
 * product always looks the same.
 *
 * @param hue the picture's colour, from the category
 * @param initials up to two letters of the name
 * @param stock what the customer is told of its stock ("Only 2 left"), empty when inventory could not say
 * @param canBeBought false once sold out
 * @param rating the average of its reviews, as "4.5"
 * @param reviewCount how many reviews it has; none: no stars are shown
 */
public record ProductCard(
        String id,
        String name,
        String description,
        String category,
        String price,
        int hue,
        String initials,
        String stock,
        boolean canBeBought,
        String rating,
        int reviewCount) {

    private static final int HUES = 360;

    private static final String IN_STOCK = "In stock";

    static ProductCard of(Product product, Availability availability, Locale locale) {
        return new ProductCard(
                product.id().toString(),
                product.name(),
                product.description(),
                product.category(),
                PriceFormat.of(product.price(), locale),
                Math.floorMod(product.category().hashCode() * 47, HUES),
                initialsOf(product.name()),
                stockOf(availability),
                availability.canBeBought(),
                product.rating().average().toPlainString(),
                product.rating().reviewCount());
    }

    /** The rating as five stars, filled to the nearest whole one: "★★★★☆" for 4.3. */
    public String stars() {
        return Stars.of(new BigDecimal(rating).setScale(0, RoundingMode.HALF_UP).intValue());
    }

    /** Whether the stock is worth a word on the card: low or gone. */
    public boolean stockIsNews() {
        return !stock.isEmpty() && !stock.equals(IN_STOCK);
    }

    private static String stockOf(Availability availability) {
        return switch (availability.state()) {
            case IN_STOCK -> IN_STOCK;
            case LOW -> "Only " + availability.unitsLeft() + " left";
            case SOLD_OUT -> "Sold out";
            case UNKNOWN -> "";
        };
    }

    public String address() {
        return "/products/" + id;
    }

    private static String initialsOf(String name) {
        return Arrays.stream(name.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(2)
                .map(word -> new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
