package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.CartId;
import dev.agora.storefront.domain.CartLine;
import dev.agora.storefront.domain.Carts;
import dev.agora.storefront.domain.PricedCart;
import dev.agora.storefront.domain.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cart priced by the catalog now, line by line. When the catalog cannot answer, the cart is shown unpriced: what
 * is in it is the storefront's own, and a customer can still change it.
 */
public final class ViewCart {

    private final Carts carts;
    private final Catalogue catalogue;

    public ViewCart(Carts carts, Catalogue catalogue) {
        this.carts = carts;
        this.catalogue = catalogue;
    }

    public PricedCart view(Optional<CartId> cart) {
        List<CartLine> lines =
                cart.flatMap(carts::find).map(found -> found.lines()).orElse(List.of());
        List<PricedCart.Line> priced = new ArrayList<>();
        try {
            for (CartLine line : lines) {
                Optional<Product> product = catalogue.product(line.productId());
                priced.add(new PricedCart.Line(line, product.map(Product::price).orElse(null), product.isEmpty()));
            }
            return new PricedCart(priced, true);
        } catch (ServiceUnavailable unanswered) {
            return new PricedCart(
                    lines.stream()
                            .map(line -> new PricedCart.Line(line, null, false))
                            .toList(),
                    false);
        }
    }
}
