package dev.agora.orders.application.history;

import java.util.List;

/** A customer's own orders, newest first, from the read model. */
public class ListOrders {

    public static final int MAX_PAGE_SIZE = 100;

    private final OrderHistory history;

    public ListOrders(OrderHistory history) {
        this.history = history;
    }

    public record Page(List<OrderSummary> items, int page, int size, long totalItems) {}

    public Page list(String customerId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page is 0 or more, size 1 to " + MAX_PAGE_SIZE);
        }
        return new Page(history.list(customerId, page, size), page, size, history.count(customerId));
    }
}
