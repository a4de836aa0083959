package dev.agora.mobilebff.domain;

import java.util.List;

/** One page of a longer list, numbered from 0, as the REST API pages it. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }
}
