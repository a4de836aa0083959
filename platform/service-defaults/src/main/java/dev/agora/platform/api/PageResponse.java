package dev.agora.platform.api;

import java.util.List;

/**
 * A page of a listing, the shape every Agora list answers with (docs/conventions.md: {@code page}, {@code size} at
 * most 100).
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {}
