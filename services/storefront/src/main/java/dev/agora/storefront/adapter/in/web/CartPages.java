package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.AddToCart;
import dev.agora.storefront.application.ChangeCart;
import dev.agora.storefront.application.ViewCart;
import dev.agora.storefront.domain.CartLimitReached;
import dev.agora.storefront.domain.PricedCart;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cart at {@code /cart}: plain forms (each with its CSRF token), each answered with a redirect back to the cart,
 * so a reload repeats nothing. Quantities come from the form; prices never do.
 */
@Controller
class CartPages {

    private static final String TO_CART = "redirect:/cart";

    private final AddToCart addToCart;
    private final ChangeCart changeCart;
    private final ViewCart viewCart;

    CartPages(AddToCart addToCart, ChangeCart changeCart, ViewCart viewCart) {
        this.addToCart = addToCart;
        this.changeCart = changeCart;
        this.viewCart = viewCart;
    }

    @GetMapping("/cart")
    String cart(HttpServletRequest request, Locale locale, Model model) {
        PricedCart cart = viewCart.view(CartSession.of(request));
        model.addAttribute("cart", CartPresented.of(cart, locale));
        model.addAttribute(Masthead.UNITS, cart.units());
        return "cart";
    }

    @PostMapping("/cart/lines")
    String add(
            @RequestParam UUID productId,
            @RequestParam(defaultValue = "1") String quantity,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            CartSession.remember(
                    request,
                    addToCart.add(new AddToCart.Command(CartSession.of(request), productId, quantityOf(quantity))));
            flash.addFlashAttribute("notice", "Added to your cart.");
        } catch (CartLimitReached refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return TO_CART;
    }

    @PostMapping("/cart/lines/{productId}")
    String change(
            @PathVariable UUID productId,
            @RequestParam String quantity,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            int wanted = quantityOf(quantity);
            CartSession.of(request)
                    .ifPresent(cart -> changeCart.change(new ChangeCart.Command(cart, productId, wanted)));
        } catch (CartLimitReached refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return TO_CART;
    }

    @PostMapping("/cart/lines/{productId}/remove")
    String remove(@PathVariable UUID productId, HttpServletRequest request) {
        CartSession.of(request).ifPresent(cart -> changeCart.change(new ChangeCart.Command(cart, productId, 0)));
        return TO_CART;
    }

    private static int quantityOf(String quantity) {
        try {
            return Integer.parseInt(quantity.strip());
        } catch (NumberFormatException notANumber) {
            throw new CartLimitReached("A quantity is a number from 1 to 10.");
        }
    }
}
