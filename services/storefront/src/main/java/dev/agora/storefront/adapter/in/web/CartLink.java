package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.Cart;
import dev.agora.storefront.domain.Carts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header links to the cart with its count of units: "Cart (3)". */
@ControllerAdvice
class CartLink {

    private final Carts carts;

    CartLink(Carts carts) {
        this.carts = carts;
    }

    @ModelAttribute("cartUnits")
    int cartUnits(HttpServletRequest request) {
        return CartSession.of(request).flatMap(carts::find).map(Cart::units).orElse(0);
    }
}
