package dev.agora.storefront.domain;

import java.util.List;

/** A page of a customer's orders, newest first. */
public record OrderHistory(List<OrderSummary> orders, int page, int totalPages) {

    public OrderHistory {
        orders = List.copyOf(orders);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
