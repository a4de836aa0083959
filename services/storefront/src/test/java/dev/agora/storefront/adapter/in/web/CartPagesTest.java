package dev.agora.storefront.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.PageVisitor;
import dev.agora.testing.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CartPagesTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @RegisterExtension
    static final ServicesOverHttp SERVICES = ServicesOverHttp.start();

    @LocalServerPort
    int port;

    PageVisitor visitor;

    @BeforeEach
    void visit() {
        visitor = PageVisitor.onPort(port);
    }

    @AfterEach
    void repair() {
        SERVICES.repair();
    }

    @Test
    void a_visitor_adds_a_product_and_finds_it_priced_by_the_catalog_not_by_the_form() {
        visitor.get("/products/" + ServicesOverHttp.LAMP);

        Response added =
                visitor.post("/cart/lines", "productId", ServicesOverHttp.LAMP, "quantity", "2", "price", "0.01");

        assertThat(added.status()).isEqualTo(302);
        assertThat(added.header("Location"))
                .as("relative: a browser resolves it against the gateway's address, not the storefront's")
                .contains("/cart");
        String cart = visitor.follow(added).body();
        assertThat(cart)
                .contains("Added to your cart.")
                .contains("Brass desk lamp")
                .contains("value=\"2\"")
                .contains("€1,234.50")
                .contains("<td class=\"total\">€2,469.00</td>")
                .contains("Cart (2)");
        assertThat(visitor.get("/").body())
                .as("every page's header counts the cart")
                .contains("Cart (2)");
    }

    @Test
    void quantities_change_and_lines_go_each_through_a_form_and_a_redirect() {
        visitor.get("/products/" + ServicesOverHttp.LAMP);
        visitor.follow(visitor.post("/cart/lines", "productId", ServicesOverHttp.LAMP, "quantity", "1"));

        String changed = visitor.follow(visitor.post("/cart/lines/" + ServicesOverHttp.LAMP, "quantity", "3"))
                .body();
        assertThat(changed).contains("<td class=\"total\">€3,703.50</td>");

        String tooMany = visitor.follow(
                        visitor.post("/cart/lines", "productId", ServicesOverHttp.LAMP, "quantity", "8"))
                .body();
        assertThat(tooMany).contains("At most 10 of one product: the cart already holds 3.");

        String removed = visitor.follow(visitor.post("/cart/lines/" + ServicesOverHttp.LAMP + "/remove"))
                .body();
        assertThat(removed).contains("Your cart is empty.");
    }

    @Test
    void a_sold_out_product_cannot_be_added() {
        String page = visitor.get("/products/" + ServicesOverHttp.SCRIPT).body();
        assertThat(page).containsPattern("<button type=\"submit\" disabled=\"disabled\">Sold out</button>");

        String cart = visitor.follow(visitor.post("/cart/lines", "productId", ServicesOverHttp.SCRIPT, "quantity", "1"))
                .body();

        assertThat(cart).contains("is sold out.").contains("Your cart is empty.");
    }

    @Test
    void a_form_missing_a_field_or_with_a_malformed_id_gets_the_400_page() {
        visitor.get("/products/" + ServicesOverHttp.LAMP);

        for (Response refused : new Response[] {
            visitor.post("/cart/lines", "quantity", "1"),
            visitor.post("/cart/lines", "productId", "", "quantity", "1"),
            visitor.post("/cart/lines", "productId", "not-an-id", "quantity", "1"),
            visitor.post("/cart/lines/" + ServicesOverHttp.LAMP)
        }) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("This address is not one of ours");
        }
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_with_a_page_and_changes_nothing() {
        visitor.get("/products/" + ServicesOverHttp.LAMP);

        Response forged = visitor.postRaw("/cart/lines", "productId=" + ServicesOverHttp.LAMP + "&quantity=1");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("text/html");
        assertThat(forged.body()).contains("This form has expired");
        assertThat(visitor.get("/cart").body()).contains("Your cart is empty.");
    }

    @Test
    void the_cart_is_shown_unpriced_while_the_catalog_cannot_answer() {
        visitor.get("/products/" + ServicesOverHttp.LAMP);
        visitor.post("/cart/lines", "productId", ServicesOverHttp.LAMP, "quantity", "1");
        SERVICES.breakCatalog();

        Response cart = visitor.get("/cart");

        assertThat(cart.status()).isEqualTo(200);
        assertThat(cart.body())
                .contains("Brass desk lamp")
                .contains("the prices cannot be shown right now")
                .doesNotContain("€1,234.50");
    }

    @Test
    void browsing_alone_opens_no_session() {
        String cookies = String.join("\n", visitor.get("/").headers().allValues("Set-Cookie"))
                + String.join(
                        "\n",
                        visitor.get("/products/" + ServicesOverHttp.LAMP)
                                .headers()
                                .allValues("Set-Cookie"));

        assertThat(cookies).doesNotContain("AGORA_SHOP");
    }

    @Test
    void the_session_cookie_is_kept_from_scripts_and_from_cross_site_posts() {
        visitor.get("/products/" + ServicesOverHttp.LAMP);
        Response added = visitor.post("/cart/lines", "productId", ServicesOverHttp.LAMP, "quantity", "1");

        assertThat(String.join("\n", added.headers().allValues("Set-Cookie")))
                .containsPattern("AGORA_SHOP=[^;]+;.*HttpOnly")
                .containsPattern("(?i)SameSite=Lax");
    }
}
