package dev.agora.storefront.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.storefront.domain.Cart;
import dev.agora.storefront.domain.CartId;
import dev.agora.storefront.domain.CartLine;
import dev.agora.storefront.domain.Carts;
import dev.agora.storefront.domain.Price;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.Rating;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in joins the visitor's cart to the customer's, in the storefront's real tables (H2, its migrations). */
class JoinCartOnSignInTest {

    Carts carts;
    JoinCartOnSignIn joinCart;

    @BeforeEach
    void database() {
        DataSource database = StorefrontDatabase.migrated();
        carts = StorefrontDatabase.carts(database);
        joinCart = new JoinCartOnSignIn(carts);
    }

    static Product product(String name) {
        return new Product(
                UUID.randomUUID(),
                name,
                "",
                "kitchen",
                new Price(new BigDecimal("3.50"), Currency.getInstance("EUR")),
                Rating.NONE);
    }

    @Test
    void a_visitors_cart_joins_the_customers_kept_cart_and_is_gone() {
        Product kettle = product("Kettle");
        Product teapot = product("Teapot");
        Cart kept = Cart.of("bob");
        kept.add(kettle, 1);
        carts.save(kept);
        Cart visitors = Cart.empty();
        visitors.add(kettle, 2);
        visitors.add(teapot, 1);
        carts.save(visitors);

        CartId joined = joinCart.join(Optional.of(visitors.id()), "bob");

        assertThat(joined).isEqualTo(kept.id());
        assertThat(carts.find(joined).orElseThrow().lines())
                .containsExactly(new CartLine(kettle.id(), "Kettle", 3), new CartLine(teapot.id(), "Teapot", 1));
        assertThat(carts.find(visitors.id())).isEmpty();
    }

    @Test
    void a_first_sign_in_makes_the_customers_cart_from_the_visitors_and_a_second_finds_it() {
        Product kettle = product("Kettle");
        Cart visitors = Cart.empty();
        visitors.add(kettle, 2);
        carts.save(visitors);

        CartId first = joinCart.join(Optional.of(visitors.id()), "carol");
        CartId again = joinCart.join(Optional.empty(), "carol");

        assertThat(again).isEqualTo(first);
        assertThat(carts.findOf("carol").orElseThrow().lines()).containsExactly(new CartLine(kettle.id(), "Kettle", 2));
    }

    @Test
    void another_customers_cart_is_never_taken() {
        Product kettle = product("Kettle");
        Cart alices = Cart.of("alice");
        alices.add(kettle, 4);
        carts.save(alices);

        CartId bobs = joinCart.join(Optional.of(alices.id()), "bob");

        assertThat(carts.find(bobs).orElseThrow().isEmpty()).isTrue();
        assertThat(carts.findOf("alice").orElseThrow().units()).isEqualTo(4);
    }
}
