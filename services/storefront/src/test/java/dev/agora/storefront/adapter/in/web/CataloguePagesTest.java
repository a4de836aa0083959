package dev.agora.storefront.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CataloguePagesTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @RegisterExtension
    static final ServicesOverHttp SERVICES = ServicesOverHttp.start();

    @LocalServerPort
    int port;

    ApiClient shop;

    @BeforeEach
    void connect() {
        shop = ApiClient.onPort(port);
        SERVICES.forget();
    }

    @AfterEach
    void repair() {
        SERVICES.repair();
    }

    @Test
    void the_home_page_shows_each_product_as_a_card_linking_to_its_page() {
        Response home = shop.get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.body())
                .contains("<html lang=\"en\">")
                .contains("Brass desk lamp")
                .contains("href=\"/products/" + ServicesOverHttp.LAMP + "\"")
                .contains("30 products")
                .contains("Page 1 of 3")
                .contains("href=\"/?page=1\"");
    }

    @Test
    void prices_are_written_in_the_customers_locale() {
        assertThat(shop.get("/", "Accept-Language", "en-GB").body()).contains("€1,234.50");
        assertThat(shop.get("/", "Accept-Language", "fr-FR").body()).contains("1\u202f234,50\u00a0€");
    }

    @Test
    void a_product_named_like_a_script_is_shown_as_text() {
        String home = shop.get("/").body();
        String page = shop.get("/products/" + ServicesOverHttp.SCRIPT).body();

        for (String html : new String[] {home, page}) {
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
        }
        assertThat(page).contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;");
    }

    @Test
    void search_category_order_and_page_are_the_addresss_and_reach_the_catalog() {
        Response found = shop.get("/?q=desk+%7Blamp%7D&category=lighting&sort=price-desc&page=2");

        assertThat(found.status()).isEqualTo(200);
        URI asked = SERVICES.asked().stream()
                .filter(uri -> uri.getPath().equals("/api/products"))
                .findFirst()
                .orElseThrow();
        assertThat(asked.getQuery())
                .contains("q=desk {lamp}")
                .contains("category=lighting")
                .contains("sort=price,desc")
                .contains("page=2")
                .contains("size=12");
        assertThat(found.body())
                .contains("href=\"/?q=desk%20%7Blamp%7D&amp;category=lighting&amp;sort=price-desc&amp;page=1\"");
    }

    @Test
    void a_search_keeps_every_character_in_the_links_to_other_pages() {
        String found = shop.get("/?q=c%2B%2B+%26+rust").body();

        assertThat(SERVICES.asked().stream()
                        .filter(uri -> uri.getPath().equals("/api/products"))
                        .findFirst()
                        .orElseThrow()
                        .getQuery())
                .contains("q=c++ & rust");
        assertThat(found).contains("href=\"/?q=c%2B%2B%20%26%20rust&amp;page=1\"");
    }

    @Test
    void a_catalog_that_hangs_is_asked_once_and_the_page_says_it_is_unavailable() {
        SERVICES.slowCatalog();

        Response page = shop.get("/");

        assertThat(page.status()).isEqualTo(503);
        assertThat(SERVICES.asked())
                .as("a read that timed out is not tried again")
                .hasSize(1);
    }

    @Test
    void an_address_no_page_could_have_made_gets_the_400_page() {
        for (String path : new String[] {"/?page=-1", "/?page=abc", "/?sort=sideways", "/?category=NOT%20A%20SLUG"}) {
            Response refused = shop.get(path);

            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.contentType()).as(path).startsWith("text/html");
            assertThat(refused.body()).as(path).contains("This address is not one of ours");
        }
    }

    @Test
    void a_page_asked_with_the_wrong_method_gets_a_page_too() {
        Response refused = shop.get("/cart/lines");

        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body()).contains("This address is not one of ours");
    }

    @Test
    void an_unknown_product_gets_the_404_page_with_its_trace_id() {
        for (String path : new String[] {"/products/00000000-0000-0000-0000-000000000000", "/products/not-an-id"}) {
            Response missing = shop.get(path);

            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.contentType()).as(path).startsWith("text/html");
            assertThat(missing.body())
                    .as(path)
                    .contains("Page not found")
                    .containsPattern("Trace id: <code>[0-9a-f]{32}");
        }
    }

    @Test
    void a_broken_catalog_gets_the_unavailable_page_not_an_error_trace() {
        SERVICES.breakCatalog();

        Response page = shop.get("/");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Retry-After")).contains("5");
        assertThat(page.body())
                .contains("The catalogue is unavailable, try again in a moment")
                .containsPattern("Trace id: <code>[0-9a-f]{32}")
                .doesNotContain("Exception")
                .doesNotContain("at dev.agora");
    }

    @Test
    void cards_and_product_pages_say_when_stock_is_low_or_gone() {
        String home = shop.get("/").body();

        assertThat(home).contains("Only 2 left").contains("Sold out");
        assertThat(shop.get("/products/" + ServicesOverHttp.LAMP).body()).contains("Only 2 left");
        assertThat(shop.get("/products/" + ServicesOverHttp.SCRIPT).body()).contains("Sold out");
        assertThat(SERVICES.asked())
                .filteredOn(uri -> uri.getPath().equals("/api/inventory/availability"))
                .first()
                .satisfies(uri -> assertThat(uri.getQuery())
                        .isEqualTo("productId=" + ServicesOverHttp.LAMP + "&productId=" + ServicesOverHttp.SCRIPT));
    }

    @Test
    void a_broken_inventory_leaves_the_catalogue_on_show_without_stock() {
        SERVICES.breakInventory();

        Response home = shop.get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body())
                .contains("Brass desk lamp")
                .doesNotContain("Only 2 left")
                .doesNotContain("Sold out");
    }

    @Test
    void a_product_page_shows_its_rating_and_newest_reviews_escaped() {
        String page = shop.get("/products/" + ServicesOverHttp.LAMP).body();

        assertThat(page)
                .contains("★★★★★")
                .contains("4.5 out of 5, 2 reviews")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain("<script>alert(2)")
                .contains("Bends &amp; stays.")
                .contains("Kim, ")
                .contains("a former customer, ");
        assertThat(shop.get("/products/" + ServicesOverHttp.SCRIPT).body())
                .as("none yet")
                .contains("No reviews yet.")
                .doesNotContain("out of 5,");
    }

    @Test
    void reviews_that_cannot_be_read_leave_the_product_on_show() {
        SERVICES.breakReviews();

        Response page = shop.get("/products/" + ServicesOverHttp.LAMP);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Brass desk lamp")
                .contains("The reviews cannot be shown right now")
                .contains("4.5 out of 5");
    }

    @Test
    void pages_allow_only_the_shops_own_scripts_and_styles() {
        String policy = shop.get("/").header("Content-Security-Policy").orElseThrow();

        assertThat(policy)
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(shop.get("/assets/storefront.css").status()).isEqualTo(200);
    }
}
