package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.Unreachable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web shop in a real browser (Debian's Chromium, headless, driven by Selenium), against the platform as
 * {@code ./agora up} starts it: what a customer does, from the first visit to a confirmed order. With
 * {@code -Dagora.screenshots=<folder>}, it saves the README's screenshots there as it goes.
 */
@ExtendWith(SharedPlatform.class)
@RestoresWhatItBreaks
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopInABrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static RunningPlatform platform;
    static String shop;
    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void openTheBrowser(RunningPlatform shared) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            Unreachable.skipOrFail(
                    "ShopInABrowserIT",
                    "Chromium is not installed",
                    new IllegalStateException(CHROMIUM + " or " + CHROMEDRIVER + " is missing"),
                    "Install Debian's chromium and chromium-driver (bash .ci/run does).");
        }
        platform = shared;
        shop = platform.gateway().base().toString();
        profile = Files.createTempDirectory("agora-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-GB",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_newcomer_browses_signs_up_keeps_the_cart_and_watches_the_order_confirmed() throws IOException {
        browser.manage().deleteAllCookies(); // a first visit: whichever test ran before in this browser
        browser.get(shop + "/");
        assertThat(browser.getTitle()).isEqualTo("Catalogue · Agora");
        screenshot("home");
        String firstName = browser.findElement(By.cssSelector(".card .name")).getText();

        search(firstName.split(" ")[0]);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Results for");
        assertThat(browser.findElements(By.cssSelector(".card .name")))
                .extracting(WebElement::getText)
                .contains(firstName);

        browser.findElement(By.cssSelector("nav.categories a:not(:first-child)"))
                .click();
        assertThat(browser.findElement(By.cssSelector("nav.categories a[aria-current=page]"))
                        .getText())
                .isNotEqualTo("All");

        List<String> products = ShopFixtures.productsInStock(platform.gateway(), 2);
        addToCart(products.get(0), 1);
        screenshot("product");
        addToCart(products.get(1), 2);

        browser.findElement(By.linkText("Create an account")).click();
        shown(By.cssSelector("form.account-form"));
        signUp("Dana");

        browser.findElement(By.cssSelector("a.cart-link")).click();
        shown(By.cssSelector("main.cart"));
        for (String product : products) {
            assertThat(browser.findElements(By.cssSelector("a[href='/products/" + product + "']")))
                    .as("the visitor's cart, kept on signing up")
                    .isNotEmpty();
        }
        screenshot("cart");

        browser.findElement(By.linkText("Check out")).click();
        shown(By.cssSelector("form.place-order"));
        assertThat(browser.findElement(By.id("card-approved")).isSelected()).isTrue();
        screenshot("checkout");
        placeOrder();

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("order-status"), "Confirmed"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.agoraNotReloaded === true;"))
                .as("the status came to the page, not the page again")
                .isEqualTo(true);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Order confirmed");
        screenshot("order");
        String order = browser.getCurrentUrl();

        browser.findElement(By.linkText("Your orders")).click();
        shown(By.cssSelector("main.orders"));
        assertThat(browser.findElements(By.cssSelector("main.orders a")))
                .extracting(link -> link.getAttribute("href"))
                .contains(order);
        for (Cookie cookie : browser.manage().getCookies()) {
            assertThat(cookie.getValue()).as(cookie.getName()).doesNotContainPattern(ShopFixtures.JWT);
        }
        assertThat(browser.getPageSource()).doesNotContainPattern(ShopFixtures.JWT);

        browser.get(shop + "/admin");
        assertThat(browser.getTitle()).as("an admin's page, for a customer").isEqualTo("Page not found · Agora");
    }

    @Test
    void a_slow_payment_is_followed_live_until_the_order_ends_timed_out() {
        newCustomer("Erin");
        addToCart(ShopFixtures.productsInStock(platform.gateway(), 1).getFirst(), 1);
        browser.get(shop + "/checkout");
        browser.findElement(By.cssSelector("label[for=card-slow]")).click();
        placeOrder();
        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Being placed");
        assertThat(browser.findElements(By.id("cancel-order"))).isNotEmpty();

        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "Cancelled"));

        assertThat(browser.findElement(By.id("order-status")).getText()).startsWith("Cancelled: timed out");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.agoraNotReloaded === true;"))
                .isEqualTo(true);
        assertThat(browser.findElements(By.id("cancel-order")))
                .as("no cancel button once ended")
                .isEmpty();
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Order cancelled");
    }

    @Test
    void a_declined_card_ends_the_order_cancelled_payment_declined_and_gives_the_stock_back() {
        String product = ShopFixtures.newProductInStock(platform, 10);
        int before = available(product);
        newCustomer("Fay");
        addToCart(product, 2);
        browser.get(shop + "/checkout");
        browser.findElement(By.cssSelector("label[for=card-declined]")).click();
        placeOrder();

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "Cancelled"));

        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Cancelled: payment declined");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Stock given back");
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(available(product)).isEqualTo(before));
    }

    @Test
    void a_double_clicked_checkout_places_one_order() {
        newCustomer("Gus");
        addToCart(ShopFixtures.productsInStock(platform.gateway(), 1).getFirst(), 1);
        browser.get(shop + "/checkout");

        new Actions(browser)
                .doubleClick(browser.findElement(By.cssSelector("form.place-order button")))
                .perform();

        shown(By.cssSelector("main.order"));
        browser.get(shop + "/orders");
        assertThat(browser.findElements(By.cssSelector("main.orders a[href^='/orders/']")))
                .as("the orders of a customer who clicked twice")
                .hasSize(1);
    }

    @Test
    void another_customers_order_is_the_404_page() {
        String bobs = platform.gateway()
                .send(
                        "POST",
                        "/api/orders",
                        """
                        {"items": [{"productId": "%s", "quantity": 1}], "paymentToken": "tok_ok"}""".formatted(ShopFixtures.productsInStock(platform.gateway(), 1)
                                .getFirst()),
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        "Bearer " + platform.session("bob").token(),
                        "Idempotency-Key",
                        UUID.randomUUID().toString())
                .json()
                .get("id")
                .asString();
        newCustomer("Hal");

        browser.get(shop + "/orders/" + bobs);

        assertThat(browser.getTitle()).isEqualTo("Page not found · Agora");
    }

    @Test
    void a_product_named_like_a_script_is_shown_as_text() {
        // Not first by name nor among the cheapest: the other tests pick the catalogue's first and cheapest products.
        String name = "Lamp <script>window.agoraInjected = true</script> " + UUID.randomUUID();
        String id = ShopFixtures.newProduct(platform, name, "9999.00");

        browser.get(shop + "/products/" + id);

        // Escaped, the tag is text of the heading; unescaped, it would be an element and its text gone from it.
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void with_the_catalog_killed_the_home_page_says_so_and_the_orders_page_works() {
        newCustomer("Ivy");
        platform.kill("catalog");
        try {
            browser.get(shop + "/");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("The catalogue is unavailable, try again in a moment")
                    .containsPattern("Trace id: [0-9a-f]{32}");

            browser.get(shop + "/orders");
            assertThat(browser.getTitle()).isEqualTo("Your orders · Agora");
        } finally {
            platform.restart("catalog");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> platform.gateway().get("/").status() == 200);
        }
    }

    /** A new browser session, signed up as a new customer of {@code name}'s. */
    private static void newCustomer(String name) {
        browser.manage().deleteAllCookies();
        browser.get(shop + "/sign-up");
        signUp(name);
    }

    /** The units of {@code product} inventory can still sell, as an admin sees them. */
    private static int available(String product) {
        return platform.gateway()
                .get(
                        "/api/inventory/" + product,
                        "Authorization",
                        "Bearer " + platform.session("admin").token())
                .json()
                .get("available")
                .asInt();
    }

    /** Places the order of the checkout page, and marks the order page it lands on: a reload would lose the mark. */
    private static void placeOrder() {
        browser.findElement(By.cssSelector("form.place-order button")).click();
        shown(By.cssSelector("main.order"));
        ((JavascriptExecutor) browser).executeScript("window.agoraNotReloaded = true;");
    }

    /**
     * Waits for the page a click leads to: a click starts the navigation, and the page it left may still be the one
     * shown for a moment.
     */
    private static void shown(By onThePage) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(onThePage));
    }

    private static void search(String text) {
        WebElement box = browser.findElement(By.id("search-text"));
        box.clear();
        box.sendKeys(text);
        box.submit();
        // The search answers with a new page: its title says so once it is the one shown.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Search:"));
    }

    private static void addToCart(String product, int quantity) {
        browser.get(shop + "/products/" + product);
        browser.findElement(By.cssSelector("#quantity option[value='" + quantity + "']"))
                .click();
        browser.findElement(By.cssSelector("form.add button")).click();
        shown(By.cssSelector("main.cart"));
        assertThat(browser.findElements(By.cssSelector(".notice")))
                .as("the cart's page, at %s: %s", browser.getCurrentUrl(), browser.getPageSource())
                .extracting(WebElement::getText)
                .containsExactly("Added to your cart.");
    }

    /** Fills the sign-up form on the page with a new account of {@code name}'s, and is signed in. */
    private static void signUp(String name) {
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("email"))
                .sendKeys(name.toLowerCase(Locale.ROOT) + "-"
                        + UUID.randomUUID().toString().substring(0, 8) + "@agora.test");
        browser.findElement(By.id("password")).sendKeys("a password of " + name + "'s own");
        browser.findElement(By.cssSelector("form.account-form button")).click();
        shown(By.cssSelector("header .account-links"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-up")));
        assertThat(browser.findElements(By.cssSelector(".customer")))
                .as("signed in, at %s: %s", browser.getCurrentUrl(), browser.getPageSource())
                .extracting(WebElement::getText)
                .containsExactly("Signed in as " + name);
    }

    /** Saves what the browser shows, when asked to ({@code -Dagora.screenshots=<folder>}). */
    private static void screenshot(String page) throws IOException {
        String folder = System.getProperty("agora.screenshots");
        if (folder != null) {
            Path file = Path.of(folder).resolve(page + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }
}
