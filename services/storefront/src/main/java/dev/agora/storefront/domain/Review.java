package dev.agora.storefront.domain;

import java.time.Instant;

/** A customer's review of a product, as reviews tells anyone; every text raw, as its author wrote it. */
public record Review(String author, int rating, String title, String text, Instant writtenAt) {}
