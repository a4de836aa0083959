package dev.agora.storefront.adapter.in.web;

/** A rating from 0 to 5 drawn as five stars, the first ones filled. */
final class Stars {

    private static final int MAX = 5;

    private Stars() {}

    static String of(int filled) {
        int stars = Math.clamp(filled, 0, MAX);
        return "★".repeat(stars) + "☆".repeat(MAX - stars);
    }
}
