package dev.agora.storefront.domain;

/** A product's units: free to order, held for orders under way, sold. */
public record StockLevel(int available, int reserved, int sold) {}
