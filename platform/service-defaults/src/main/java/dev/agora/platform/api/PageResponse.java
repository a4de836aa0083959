package dev.agora.platform.api;

import java.util.List;

/**
 * A page of a listing, the shape every Agora list answers with (docs/conventions.md: {@code page}, {@code size} at
 * most 100).
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    /** A page of {@code size} among {@code totalItems}: as many pages as it takes to hold them all. */
    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageResponse<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
