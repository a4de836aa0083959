package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.Review;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A review as a product's page prints it; its texts raw, the template escapes them. */
public record ReviewPresented(String author, int rating, String stars, String title, String text, String writtenOn) {

    static ReviewPresented of(Review review, Locale locale) {
        return new ReviewPresented(
                review.author(),
                review.rating(),
                Stars.of(review.rating()),
                review.title(),
                review.text(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(review.writtenAt().atZone(ZoneOffset.UTC)));
    }
}
