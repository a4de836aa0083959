package dev.agora.catalog.adapter.in.web;

import java.util.List;

/** A page of a listing, the shape every Agora list answers with. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {}
