package dev.agora.users.domain;

import java.util.List;

/** One page of erasures. */
public record ErasurePage(List<Erasure> items, int page, int size, long totalItems) {

    public ErasurePage {
        items = List.copyOf(items);
    }
}
