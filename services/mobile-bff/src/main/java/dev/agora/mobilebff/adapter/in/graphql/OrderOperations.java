package dev.agora.mobilebff.adapter.in.graphql;

import dev.agora.mobilebff.application.port.CustomerAccounts;
import dev.agora.mobilebff.application.port.Orders;
import dev.agora.mobilebff.application.port.Profiles;
import dev.agora.mobilebff.domain.Address;
import dev.agora.mobilebff.domain.Customer;
import dev.agora.mobilebff.domain.Order;
import dev.agora.mobilebff.domain.OrderEvent;
import dev.agora.mobilebff.domain.OrderSummary;
import dev.agora.mobilebff.domain.Page;
import dev.agora.mobilebff.domain.Profile;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The signed-in customer's screens: who they are, their orders, one order with its history, and the two things they
 * do to orders. The services decide what the caller may see: the mobile BFF passes the caller's token on, and a call
 * without one is refused by the service ({@code UNAUTHORIZED}).
 */
@Controller
class OrderOperations {

    private final CustomerAccounts accounts;
    private final Profiles profiles;
    private final Orders orders;

    OrderOperations(CustomerAccounts accounts, Profiles profiles, Orders orders) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.orders = orders;
    }

    @QueryMapping
    Callable<Customer> me() {
        return accounts::me;
    }

    /** Asked only when the screen shows it: one call to users. */
    @SchemaMapping
    Callable<Profile> profile(Customer customer) {
        return profiles::mine;
    }

    @SchemaMapping
    Callable<List<Address>> addresses(Customer customer) {
        return profiles::addresses;
    }

    @QueryMapping("orders")
    Callable<Page<OrderSummary>> orderPage(@Argument int page, @Argument int size) {
        return () -> orders.page(page, size);
    }

    @QueryMapping
    Callable<@Nullable Order> order(@Argument UUID id) {
        return () -> orders.find(id).orElse(null);
    }

    /** Asked only when the screen shows the history: one more call to orders. */
    @SchemaMapping
    Callable<List<OrderEvent>> events(Order order) {
        return () -> orders.events(order.id());
    }

    @MutationMapping
    Order placeOrder(
            @Argument List<Order.Item> items,
            @Argument String paymentToken,
            @Argument String idempotencyKey,
            @Argument @Nullable UUID shippingAddressId) {
        return orders.place(items, paymentToken, idempotencyKey, shippingAddressId);
    }

    @MutationMapping
    Order cancelOrder(@Argument UUID id) {
        return orders.cancel(id);
    }
}
