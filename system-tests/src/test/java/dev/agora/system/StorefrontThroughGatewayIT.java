package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.PageVisitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The web shop at http://127.0.0.1:8080/, made by the storefront from the real catalog, through the gateway. */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StorefrontThroughGatewayIT {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"");

    private static final Pattern PRICE = Pattern.compile("<span class=\"price\">€([0-9,]+\\.[0-9]{2})</span>");

    static RunningPlatform platform;
    static ApiClient gateway;

    @BeforeAll
    static void usePlatform(RunningPlatform shared) {
        platform = shared;
        gateway = platform.gateway();
    }

    @Test
    void the_shop_opens_at_the_gateways_root_with_the_catalogue_of_the_api() {
        JsonNode first = gateway.get("/api/products?size=12&sort=name,asc").json();

        Response home = gateway.get("/", "Accept-Language", "en");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        for (JsonNode product : first.get("items")) {
            assertThat(home.body())
                    .contains("href=\"/products/" + product.get("id").asString() + "\"")
                    .contains("€" + product.get("price").get("amount").asString());
        }
        assertThat(home.body())
                .contains(first.get("totalItems").asString() + " products")
                .contains("href=\"/?page=1\"");
        assertThat(home.header("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(gateway.get("/assets/storefront.css").status()).isEqualTo(200);
    }

    @Test
    void a_category_sorted_by_price_lists_only_that_category_from_dearest_to_cheapest() {
        Response lighting = gateway.get("/?category=lighting&sort=price-desc", "Accept-Language", "en");

        assertThat(lighting.status()).isEqualTo(200);
        List<Double> prices = new ArrayList<>();
        Matcher price = PRICE.matcher(lighting.body());
        while (price.find()) {
            prices.add(Double.parseDouble(price.group(1).replace(",", "")));
        }
        assertThat(prices).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(lighting.body()).doesNotContain("<span class=\"category\">kitchen</span>");
    }

    @Test
    void a_product_named_like_a_script_is_shown_as_text_on_the_catalogue_and_its_page() {
        String name = "<script>alert('" + UUID.randomUUID() + "')</script>";
        String id = ShopFixtures.newProduct(platform, name, "4.20");
        String escaped = name.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");

        String found = gateway.get("/?q=" + name.substring(15, 51)).body();
        String page = gateway.get("/products/" + id).body();

        for (String html : List.of(found, page)) {
            assertThat(html).contains(escaped).doesNotContain("<script");
        }
        assertThat(page).as("nothing received yet").contains("Sold out");
    }

    @Test
    void a_product_page_tells_the_stock_inventory_has() {
        // A product of its own: the catalogue's dearest may be one another test added with nothing in stock.
        String id = ShopFixtures.newProductInStock(platform, 3);
        int available = gateway.get(
                        "/api/inventory/" + id,
                        "Authorization",
                        "Bearer " + platform.session("admin").token())
                .json()
                .get("available")
                .asInt();

        String page = gateway.get("/products/" + id).body();

        assertThat(page)
                .contains(available > 5 ? "In stock" : available == 0 ? "Sold out" : "Only " + available + " left");
    }

    @Test
    void an_unknown_product_gets_the_shops_404_page_with_a_trace_id() {
        Response missing = gateway.get("/products/" + UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.body()).contains("Page not found").containsPattern("Trace id: <code>[0-9a-f]{32}</code>");
    }

    @Test
    void a_visitor_signs_in_at_identity_keeps_the_cart_and_never_holds_a_token() {
        String id = productInStock();
        PageVisitor visitor = withInTheCart(id);

        Response signInPage = followAll(visitor, visitor.get("/sign-in"));
        assertThat(signInPage.body()).as("identity's own page").contains("Sign in to Agora");
        Response landed =
                followAll(visitor, visitor.post("/login", "email", "bob@agora.test", "password", "bob-password"));
        Response cart = visitor.get("/cart");

        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.body()).contains("Signed in as Bob");
        assertThat(cart.body()).contains("href=\"/products/" + id + "\"").contains("Signed in as Bob");
        for (String held : visitor.cookies()) {
            assertThat(held).as("a cookie").doesNotContainPattern(ShopFixtures.JWT);
        }
        for (Response page : List.of(landed, cart)) {
            assertThat(page.body()).as("a page").doesNotContainPattern(ShopFixtures.JWT);
        }

        Response signedOut = followAll(visitor, visitor.post("/sign-out"));

        assertThat(signedOut.status()).isEqualTo(200);
        assertThat(signedOut.body()).contains("href=\"/sign-in\"").doesNotContain("Signed in as");
        assertThat(visitor.get("/cart").body())
                .as("the visitor's session is gone")
                .contains("Your cart is empty");
        assertThat(followAll(visitor, visitor.get("/sign-in")).body())
                .as("signed out at identity too: its page asks for the password again")
                .contains("Sign in to Agora");
        followAll(visitor, visitor.post("/login", "email", "bob@agora.test", "password", "bob-password"));
        assertThat(visitor.get("/cart").body())
                .as("the customer's cart, kept by account")
                .contains("href=\"/products/" + id + "\"");
    }

    @Test
    void a_newcomer_signs_up_in_the_shop_and_is_signed_in_with_the_cart_kept() {
        String id = productInStock();
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@agora.test";
        PageVisitor visitor = new PageVisitor(gateway.base());
        visitor.get("/products/" + id);
        visitor.post("/cart/lines", "productId", id, "quantity", "2");
        visitor.get("/sign-up");

        Response tooShort = visitor.post("/sign-up", "name", "Carol", "email", email, "password", "short");
        Response taken = visitor.post(
                "/sign-up", "name", "Carol", "email", "alice@agora.test", "password", "a long enough password");
        String csrfBefore = csrfCookieOf(visitor);
        Response opened =
                visitor.post("/sign-up", "name", "Carol", "email", email, "password", "correct horse battery staple");

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("must have 12 to 128 characters").contains("value=\"" + email + "\"");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("An account with this e-mail already exists");
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        Response landed = followAll(visitor, opened);
        assertThat(landed.body()).contains("Signed in as Carol");
        assertThat(csrfCookieOf(visitor))
                .as("the forms' token of before the sign-in is not the one after it")
                .isNotEmpty()
                .isNotEqualTo(csrfBefore);
        assertThat(visitor.get("/cart").body())
                .contains("href=\"/products/" + id + "\"")
                .contains("Cart (2)");
        for (String held : visitor.cookies()) {
            assertThat(held).as("a cookie").doesNotContainPattern(ShopFixtures.JWT);
        }
    }

    @Test
    void a_visitor_checking_out_signs_in_first_and_comes_back_to_the_checkout() {
        PageVisitor visitor = withInTheCart(productInStock());

        Response signInPage = followAll(visitor, visitor.get("/checkout"));
        assertThat(signInPage.body()).contains("Sign in to Agora");
        Response checkout =
                followAll(visitor, visitor.post("/login", "email", "bob@agora.test", "password", "bob-password"));

        assertThat(checkout.body()).contains("<h1>Checkout</h1>").contains("Test card: approved");
    }

    @Test
    void a_double_clicked_checkout_places_one_order_which_ends_confirmed() throws Exception {
        String alice = platform.signIn("alice");
        long ordersBefore = ordersOf(alice);
        PageVisitor visitor = signedIn("alice@agora.test", "alice-password");
        String id = productInStock();
        visitor.get("/products/" + id);
        visitor.post("/cart/lines", "productId", id, "quantity", "1");
        String key = idempotencyKeyOf(visitor.get("/checkout"));

        List<Response> clicks = new ArrayList<>();
        try (ExecutorService browser = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Response>> sent = new ArrayList<>();
            for (int click = 0; click < 2; click++) {
                sent.add(browser.submit(() -> visitor.post("/checkout", "card", "approved", "idempotencyKey", key)));
            }
            for (Future<Response> answer : sent) {
                clicks.add(answer.get());
            }
        }
        Response reloaded = visitor.post("/checkout", "card", "approved", "idempotencyKey", key);

        String orderPage = clicks.getFirst().header("Location").orElseThrow();
        assertThat(orderPage).matches("/orders/[0-9a-f-]{36}");
        assertThat(clicks)
                .extracting(click -> click.header("Location").orElse("none"))
                .containsOnly(orderPage);
        assertThat(reloaded.header("Location")).contains(orderPage);

        Response live = visitor.get(orderPage + "/live");
        assertThat(live.contentType()).startsWith("text/event-stream");
        assertThat(live.body()).contains("event:status").contains("\"status\":\"CONFIRMED\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> ordersOf(alice) > ordersBefore);
        assertThat(ordersOf(alice)).as("one order for three sends of its form").isEqualTo(ordersBefore + 1);
        String page = visitor.get(orderPage).body();
        assertThat(page).contains("Confirmed").contains("Payment authorized").contains("Order confirmed");
        assertThat(page).as("no cancel button once confirmed").doesNotContain("Cancel this order");
        assertThat(visitor.get("/orders").body()).contains("href=\"" + orderPage + "\"");
        assertThat(visitor.get("/cart").body()).contains("Your cart is empty");
    }

    @Test
    void the_declined_card_ends_cancelled_with_its_reason_the_stock_back_and_the_order_bobs_alone() {
        String admin = platform.signIn("admin");
        String id = productInStock();
        int availableBefore = availableOf(id, admin);
        PageVisitor bob = signedIn("bob@agora.test", "bob-password");
        bob.get("/products/" + id);
        bob.post("/cart/lines", "productId", id, "quantity", "2");
        String key = idempotencyKeyOf(bob.get("/checkout"));

        String orderPage = bob.post("/checkout", "card", "declined", "idempotencyKey", key)
                .header("Location")
                .orElseThrow();
        Response live = bob.get(orderPage + "/live");

        assertThat(live.body()).contains("\"status\":\"CANCELLED\"");
        assertThat(bob.get(orderPage).body())
                .contains("Cancelled: payment declined")
                .contains("Payment declined");
        assertThat(availableOf(id, admin)).as("the stock given back").isEqualTo(availableBefore);
        Response forAlice = signedIn("alice@agora.test", "alice-password").get(orderPage);
        assertThat(forAlice.status()).isEqualTo(404);
        assertThat(forAlice.body()).contains("Page not found");
    }

    @Test
    void a_customer_keeps_addresses_in_their_account_and_an_order_ships_to_the_one_chosen() {
        String email = "olga-" + UUID.randomUUID().toString().substring(0, 8) + "@agora.test";
        Response opened = gateway.send(
                "POST",
                "/api/accounts",
                "{\"email\": \"%s\", \"password\": \"olga-password-1234\", \"name\": \"Olga\"}".formatted(email),
                "Content-Type",
                "application/json");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        PageVisitor olga = signedIn(email, "olga-password-1234");
        String key = idempotencyKeyOf(olga.get("/account"));

        Response refused = olga.follow(olga.post(
                "/account/addresses",
                "recipient",
                "Olga Petrova",
                "line1",
                "5 place Bellecour",
                "postalCode",
                "69002",
                "city",
                "Lyon",
                "country",
                "France",
                "idempotencyKey",
                key));
        assertThat(refused.body())
                .contains("id=\"country-problem\"")
                .contains("ISO 3166-1 alpha-2")
                .as("what was typed is kept")
                .contains("5 place Bellecour");
        olga.follow(olga.post(
                "/account/addresses",
                "label",
                "Home",
                "recipient",
                "Olga Petrova",
                "line1",
                "5 place Bellecour",
                "postalCode",
                "69002",
                "city",
                "Lyon",
                "country",
                "FR",
                "idempotencyKey",
                key));
        assertThat(olga.get("/account").body())
                .contains("Olga Petrova, 5 place Bellecour, 69002 Lyon, FR")
                .contains("(default)");

        String id = productInStock();
        olga.get("/products/" + id);
        olga.post("/cart/lines", "productId", id, "quantity", "1");
        Response checkout = olga.get("/checkout");
        Matcher address = Pattern.compile("name=\"shippingAddressId\" id=\"address-([0-9a-f-]{36})\"")
                .matcher(checkout.body());
        assertThat(address.find()).as("the address to choose at checkout").isTrue();
        String orderPage = olga.post(
                        "/checkout",
                        "card",
                        "approved",
                        "shippingAddressId",
                        address.group(1),
                        "idempotencyKey",
                        idempotencyKeyOf(checkout))
                .header("Location")
                .orElseThrow();

        assertThat(olga.get(orderPage).body())
                .contains("Ships to")
                .contains("Olga Petrova, 5 place Bellecour, 69002 Lyon, FR");

        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(olga.get("/account").body());
        assertThat(version.find()).isTrue();
        Response saved = olga.follow(olga.post(
                "/account/profile",
                "displayName",
                "Olga P.",
                "locale",
                "fr-FR",
                "orderUpdatesByMail",
                "true",
                "version",
                version.group(1)));
        assertThat(saved.body()).contains("Your profile is saved.").contains("value=\"Olga P.\"");
        Response stale = olga.follow(
                olga.post("/account/profile", "displayName", "Olga", "locale", "en", "version", version.group(1)));
        assertThat(stale.body()).as("a change from an old version").contains("It changed meanwhile");
    }

    @Test
    void an_admin_adds_a_product_changes_it_at_its_version_and_stocks_it_in_pages_no_customer_sees() {
        PageVisitor admin = signedIn("admin@agora.test", "admin-password");
        String key = idempotencyKeyOf(admin.get("/admin"));
        String[] product = {
            "sku", "ADM-" + UUID.randomUUID().toString().substring(0, 8),
            "name", "Lamp of the admin's",
            "category", "lighting",
            "price", "19.90",
            "description", "A lamp added from the shop.",
            "idempotencyKey", key
        };

        Response added = admin.post("/admin/products", product);
        Response addedAgain = admin.post("/admin/products", product);

        String page = added.header("Location").orElseThrow();
        assertThat(page).matches("/admin/products/[0-9a-f-]{36}");
        assertThat(addedAgain.header("Location"))
                .as("the same form adds one product")
                .contains(page);
        String id = page.substring("/admin/products/".length());
        assertThat(admin.get(page).body()).contains("Lamp of the admin&#39;s").contains("value=\"19.90\"");
        Response saved = admin.post(page, "price", "24.00", "description", "Brighter.", "version", "1");
        Response stale = admin.post(page, "price", "21.00", "description", "Dimmer.", "version", "1");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Changed by someone else meanwhile: here is the new version")
                .contains("value=\"24.00\"")
                .contains("Brighter.");
        admin.get(page);
        assertThat(admin.post(
                                page + "/stock",
                                "quantity",
                                "7",
                                "idempotencyKey",
                                UUID.randomUUID().toString())
                        .status())
                .isEqualTo(302);
        assertThat(admin.get(page).body()).contains("7 available");
        assertThat(gateway.get("/products/" + id).body()).contains("€24.00").contains("In stock");

        PageVisitor alice = signedIn("alice@agora.test", "alice-password");
        for (String hidden : List.of("/admin", page)) {
            Response refused = alice.get(hidden);
            assertThat(refused.status()).as(hidden).isEqualTo(404);
            assertThat(refused.body()).contains("Page not found");
        }
        assertThat(new PageVisitor(gateway.base()).get("/admin").status()).isEqualTo(404);
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void a_cart_is_kept_across_a_restart_of_the_storefront() {
        String id = productInStock();
        PageVisitor visitor = new PageVisitor(gateway.base());
        visitor.get("/products/" + id);
        Response added = visitor.post("/cart/lines", "productId", id, "quantity", "2");
        assertThat(added.status()).as(added.body()).isEqualTo(302);
        String before = visitor.get("/cart").body();
        assertThat(before).contains("href=\"/products/" + id + "\"").contains("Cart (2)");

        platform.restart("storefront");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/").status() == 200);

        assertThat(visitor.get("/cart").body())
                .contains("href=\"/products/" + id + "\"")
                .contains("Cart (2)");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void with_the_catalog_down_the_home_page_says_so_and_the_cart_still_opens() {
        String id = productInStock();
        PageVisitor visitor = new PageVisitor(gateway.base());
        visitor.get("/products/" + id);
        visitor.post("/cart/lines", "productId", id, "quantity", "1");
        platform.kill("catalog");
        try {
            Response home = gateway.get("/");
            assertThat(home.status()).isEqualTo(503);
            assertThat(home.contentType()).startsWith("text/html");
            assertThat(home.body())
                    .contains("The catalogue is unavailable, try again in a moment")
                    .containsPattern("Trace id: <code>[0-9a-f]{32}</code>");

            Response cart = visitor.get("/cart");
            assertThat(cart.status()).isEqualTo(200);
            Response orders = signedIn("alice@agora.test", "alice-password").get("/orders");
            assertThat(orders.status()).as("orders are the orders service's").isEqualTo(200);
            assertThat(orders.body()).contains("Your orders");
            assertThat(cart.body())
                    .contains("href=\"/products/" + id + "\"")
                    .contains("the prices cannot be shown right now");
        } finally {
            // Left as found for the other classes on the platform: the catalog back, and the shop's breaker closed.
            platform.restart("catalog");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> gateway.get("/").status() == 200);
        }
    }

    /** The forms' CSRF token the visitor holds (its cookie); empty when none. */
    private static String csrfCookieOf(PageVisitor visitor) {
        return visitor.cookies().stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()))
                .findFirst()
                .orElse("");
    }

    /** A new visitor who put one of {@code product} in their cart, from its page. */
    private static PageVisitor withInTheCart(String product) {
        PageVisitor visitor = new PageVisitor(gateway.base());
        visitor.get("/products/" + product);
        assertThat(visitor.post("/cart/lines", "productId", product, "quantity", "1")
                        .status())
                .isEqualTo(302);
        return visitor;
    }

    /** A visitor signed in at identity's page, as a customer does from the header's link. */
    private static PageVisitor signedIn(String email, String password) {
        PageVisitor visitor = new PageVisitor(gateway.base());
        followAll(visitor, visitor.get("/sign-in"));
        followAll(visitor, visitor.post("/login", "email", email, "password", password));
        assertThat(visitor.get("/cart").body()).contains("Signed in as");
        return visitor;
    }

    private static String idempotencyKeyOf(Response checkout) {
        Matcher key = IDEMPOTENCY_KEY.matcher(checkout.body());
        assertThat(key.find())
                .as("the checkout form carries its key: " + checkout.status())
                .isTrue();
        return key.group(1);
    }

    private static long ordersOf(String token) {
        return gateway.get("/api/orders?size=1", "Authorization", "Bearer " + token)
                .json()
                .get("totalItems")
                .asLong();
    }

    private static int availableOf(String productId, String adminToken) {
        return gateway.get("/api/inventory/" + productId, "Authorization", "Bearer " + adminToken)
                .json()
                .get("available")
                .asInt();
    }

    /** Where a browser ends after following every redirect from {@code response}. */
    private static Response followAll(PageVisitor visitor, Response response) {
        Response page = response;
        for (int hops = 0; page.status() / 100 == 3; hops++) {
            assertThat(hops).as("redirects from " + response.header("Location")).isLessThan(10);
            assertThat(page.header("Location").orElseThrow())
                    .as("a browser is sent to the gateway's address, never to a service's own")
                    .doesNotContain(":" + (8090 + RunningPlatform.PORT_OFFSET));
            page = visitor.follow(page);
        }
        return page;
    }

    /** A seeded product that has plenty left (other classes add products with no stock). */
    private static String productInStock() {
        return ShopFixtures.productsInStock(gateway, 1).getFirst();
    }
}
