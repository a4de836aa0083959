package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.CartId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;

/**
 * Which cart is the visitor's: its id in their session (kept in the storefront's database, so a restart keeps it). A
 * visitor who only browses gets no session at all.
 */
final class CartSession {

    private static final String CART = "agora.cart";

    private CartSession() {}

    static Optional<CartId> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CART) instanceof String id
                ? Optional.of(new CartId(UUID.fromString(id)))
                : Optional.empty();
    }

    static void remember(HttpServletRequest request, CartId cart) {
        request.getSession().setAttribute(CART, cart.value().toString());
    }
}
