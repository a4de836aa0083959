package dev.agora.catalog.domain;

/** A category of products, identified by its slug, with how many products it holds. */
public record Category(String slug, String name, long productCount) {}
