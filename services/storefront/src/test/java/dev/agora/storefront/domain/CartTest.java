package dev.agora.storefront.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartTest {

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
    void adding_a_product_twice_adds_to_its_line_and_keeps_the_order_lines_were_added_in() {
        Cart cart = Cart.empty();
        Product kettle = product("Kettle");
        Product teapot = product("Teapot");

        cart.add(kettle, 2);
        cart.add(teapot, 1);
        cart.add(kettle, 3);

        assertThat(cart.lines())
                .containsExactly(new CartLine(kettle.id(), "Kettle", 5), new CartLine(teapot.id(), "Teapot", 1));
        assertThat(cart.units()).isEqualTo(6);
    }

    @Test
    void refuses_more_than_ten_of_one_product_and_more_than_thirty_products() {
        Cart cart = Cart.empty();
        Product kettle = product("Kettle");
        cart.add(kettle, 8);

        assertThatThrownBy(() -> cart.add(kettle, 3)).isInstanceOf(CartLimitReached.class);
        assertThatThrownBy(() -> cart.add(product("Cup"), 0)).isInstanceOf(CartLimitReached.class);
        for (int line = 1; line < Cart.MAX_LINES; line++) {
            cart.add(product("Cup " + line), 1);
        }
        assertThatThrownBy(() -> cart.add(product("One too many"), 1))
                .isInstanceOf(CartLimitReached.class)
                .hasMessageContaining("30 different products");
        assertThat(cart.quantityOf(kettle.id())).isEqualTo(8);
    }

    @Test
    void takes_another_carts_lines_adding_quantities_up_to_the_bound() {
        Product kettle = product("Kettle");
        Product teapot = product("Teapot");
        Cart customers = Cart.empty();
        customers.add(kettle, 7);
        Cart visitors = Cart.empty();
        visitors.add(kettle, 6);
        visitors.add(teapot, 2);

        customers.takeFrom(visitors);

        assertThat(customers.quantityOf(kettle.id())).isEqualTo(Cart.MAX_QUANTITY);
        assertThat(customers.quantityOf(teapot.id())).isEqualTo(2);
    }

    @Test
    void a_change_sets_the_quantity_of_a_line_already_there_and_nothing_else() {
        Cart cart = Cart.empty();
        Product kettle = product("Kettle");
        cart.add(kettle, 1);

        cart.change(kettle.id(), 4);
        cart.change(UUID.randomUUID(), 2);

        assertThat(cart.lines()).containsExactly(new CartLine(kettle.id(), "Kettle", 4));
    }
}
