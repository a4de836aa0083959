package dev.agora.mobilebff.domain;

/** A product's rating as a phone shows it: the average ("4.5", one decimal) and how many reviews make it. */
public record Rating(String average, int reviewCount) {}
