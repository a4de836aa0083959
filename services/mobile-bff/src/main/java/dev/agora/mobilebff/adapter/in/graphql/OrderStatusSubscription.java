package dev.agora.mobilebff.adapter.in.graphql;

import dev.agora.mobilebff.application.port.OrderUpdates;
import dev.agora.mobilebff.application.port.Orders;
import dev.agora.mobilebff.application.port.ServiceRefused;
import dev.agora.mobilebff.application.port.ServiceUnavailable;
import dev.agora.mobilebff.domain.Order;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * One order's status, live: the order as it is now, then again each time the customer is notified that it changed,
 * until it has ended (confirmed or cancelled). Over Server-Sent Events at {@code /mobile/graphql/stream}.
 */
@Controller
class OrderStatusSubscription {

    private final Orders orders;
    private final OrderUpdates updates;

    OrderStatusSubscription(Orders orders, OrderUpdates updates) {
        this.orders = orders;
        this.updates = updates;
    }

    @SubscriptionMapping
    Flux<Order> orderStatus(@Argument UUID id) {
        // The caller, for the calls the follower makes in their name on a thread of its own.
        SecurityContext caller = SecurityContextHolder.getContext();
        return Flux.create(sink -> {
            AtomicReference<OrderUpdates.Updates> open = new AtomicReference<>();
            // A phone that leaves closes the stream it was relayed: the follower stops waiting.
            sink.onDispose(() -> {
                OrderUpdates.Updates opened = open.get();
                if (opened != null) {
                    opened.close();
                }
            });
            Thread.ofVirtual()
                    .name("order-status-" + id)
                    .start(new DelegatingSecurityContextRunnable(() -> follow(id, open, sink), caller));
        });
    }

    private void follow(UUID id, AtomicReference<OrderUpdates.Updates> open, FluxSink<Order> sink) {
        try {
            OrderUpdates.Updates changes;
            try {
                changes = updates.open();
            } catch (ServiceUnavailable notFollowed) {
                // Not live, but not blind: the order as orders has it, then why it is not followed.
                Order order = current(id);
                sink.next(order);
                end(order, sink, notFollowed);
                return;
            }
            // Opened before the order is read: a change after the read is in the updates, never missed between the two.
            try (changes) {
                open.set(changes);
                Order order = current(id);
                sink.next(order);
                while (!order.hasEnded() && !sink.isCancelled() && changes.awaitChangeOf(id)) {
                    Order changed = current(id);
                    if (!changed.status().equals(order.status())) {
                        sink.next(changed);
                    }
                    order = changed;
                }
                // Not ended yet: the notifications went away mid-way, and the phone asks again in a moment.
                end(
                        order,
                        sink,
                        new ServiceUnavailable(
                                "notifications",
                                false,
                                new IllegalStateException("the stream ended before the order")));
            }
        } catch (RuntimeException failure) {
            sink.error(failure);
        }
    }

    /** The stream completes once the order has ended (or the phone left); before that, it fails with the reason. */
    private static void end(Order order, FluxSink<Order> sink, ServiceUnavailable notFollowed) {
        if (order.hasEnded() || sink.isCancelled()) {
            sink.complete();
        } else {
            sink.error(notFollowed);
        }
    }

    private Order current(UUID id) {
        return orders.find(id)
                .orElseThrow(() -> new ServiceRefused("ORDER_NOT_FOUND", 404, "No order of yours has this id.", null));
    }
}
