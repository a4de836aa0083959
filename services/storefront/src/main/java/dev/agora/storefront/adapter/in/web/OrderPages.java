package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.PlaceOrder;
import dev.agora.storefront.application.ViewCart;
import dev.agora.storefront.application.ViewOrder;
import dev.agora.storefront.application.port.OrderRefused;
import dev.agora.storefront.application.port.Orders;
import dev.agora.storefront.application.port.Profiles;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.OrderHistory;
import dev.agora.storefront.domain.OrderNotFound;
import dev.agora.storefront.domain.PaymentCard;
import dev.agora.storefront.domain.PricedCart;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checkout, an order's page and "My orders", for a signed-in customer only (a visitor is sent to sign in first,
 * and back). Every call to orders is made in the customer's name, with their token.
 */
@Controller
class OrderPages {

    static final String CHECKOUT = "/checkout";
    static final String ORDERS = "/orders";

    private final ViewCart viewCart;
    private final PlaceOrder placeOrder;
    private final ViewOrder viewOrder;
    private final Orders orders;
    private final Profiles profiles;

    OrderPages(ViewCart viewCart, PlaceOrder placeOrder, ViewOrder viewOrder, Orders orders, Profiles profiles) {
        this.viewCart = viewCart;
        this.placeOrder = placeOrder;
        this.viewOrder = viewOrder;
        this.orders = orders;
        this.profiles = profiles;
    }

    /**
     * The cart priced by the catalog, a test card and one of the customer's addresses to choose, and the form's own
     * Idempotency-Key.
     */
    @GetMapping(CHECKOUT)
    String checkout(HttpServletRequest request, Locale locale, Model model) {
        PricedCart cart = viewCart.view(CartSession.of(request));
        if (cart.isEmpty()) {
            return "redirect:/cart";
        }
        model.addAttribute("cart", CartPresented.of(cart, locale));
        model.addAttribute(Masthead.UNITS, cart.units());
        model.addAttribute("cards", List.of(PaymentCard.values()));
        model.addAttribute("idempotencyKey", UUID.randomUUID());
        try {
            model.addAttribute("addresses", profiles.addresses());
            model.addAttribute("addressesUnavailable", false);
        } catch (ServiceUnavailable usersAway) {
            // The order can still be placed, without an address: the page says so.
            model.addAttribute("addresses", List.of());
            model.addAttribute("addressesUnavailable", true);
        }
        return "checkout";
    }

    /** Sent twice (a double click, a reload), the same form places one order: its key says it is the same. */
    @PostMapping(CHECKOUT)
    String placeOrder(
            @RequestParam String card,
            @RequestParam UUID idempotencyKey,
            @RequestParam(required = false) @Nullable UUID shippingAddressId,
            Authentication customer,
            HttpServletRequest request,
            RedirectAttributes flash) {
        PaymentCard chosen =
                PaymentCard.fromForm(card).orElseThrow(() -> new IllegalArgumentException("not a test card: " + card));
        try {
            UUID order = placeOrder.place(new PlaceOrder.Command(
                    customer.getName(), CartSession.of(request), chosen, shippingAddressId, idempotencyKey));
            return "redirect:" + ORDERS + "/" + order;
        } catch (OrderRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/cart";
        }
    }

    @GetMapping(ORDERS + "/{id}")
    String order(@PathVariable UUID id, Locale locale, Model model) {
        ViewOrder.Shown shown = viewOrder.view(id).orElseThrow(() -> new OrderNotFound(id));
        model.addAttribute("order", OrderPresented.of(shown, locale));
        return "order";
    }

    @PostMapping(ORDERS + "/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            orders.cancel(id);
            flash.addFlashAttribute("notice", "Your order is being cancelled.");
        } catch (OrderRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + ORDERS + "/" + id;
    }

    @GetMapping(ORDERS)
    String orders(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        OrderHistory history = orders.history(Math.max(0, page));
        model.addAttribute(
                "orders",
                history.orders().stream()
                        .map(order -> OrderPresented.Summary.of(order, locale))
                        .toList());
        model.addAttribute("history", history);
        return "orders";
    }
}
