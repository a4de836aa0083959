package dev.agora.mobilebff.domain;

/** A category of the catalogue, for the filter. */
public record Category(String slug, String name, long productCount) {}
