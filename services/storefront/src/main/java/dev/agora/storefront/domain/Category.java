package dev.agora.storefront.domain;

/** A category to filter the catalogue by: its slug goes in the page's address, its name on the page. */
public record Category(String slug, String name, long productCount) {}
