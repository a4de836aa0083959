package dev.agora.reviews.domain;

/**
 * What a customer writes: a rating from 1 to 5, a title and a text, kept as written (a page escapes them when it shows
 * them).
 */
public record ReviewContent(int rating, String title, String text) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 4_000;

    public ReviewContent {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is from 1 to 5");
        }
        if (title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A title has 1 to " + MAX_TITLE + " characters");
        }
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A text has 1 to " + MAX_TEXT + " characters");
        }
    }
}
