package dev.agora.testing;

import dev.agora.testing.ApiClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor of server-side pages, for tests of a web shop without a browser: it keeps its cookies as a browser does,
 * follows no redirect by itself, and posts forms with the CSRF token of the last page it was shown, as a form on that
 * page would. (The browser tests drive a real browser; this is for the pages' own rules.)
 */
public final class PageVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String lastPage = "";

    public PageVisitor(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static PageVisitor onPort(int port) {
        return new PageVisitor(URI.create("http://127.0.0.1:" + port));
    }

    public Response get(String path) {
        Response page = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        lastPage = page.body();
        return page;
    }

    /** A form of the last page: {@code fields} are name, value, name, value...; its CSRF token is added. */
    public Response post(String path, String... fields) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.add(encoded(fields[i]) + "=" + encoded(fields[i + 1]));
        }
        Matcher token = CSRF.matcher(lastPage);
        if (token.find()) {
            form.add("_csrf=" + encoded(token.group(1).replace("&#45;", "-")));
        }
        return postRaw(path, form.toString());
    }

    /** A form as sent, with no token added: what another site, or a replayed request, would send. */
    public Response postRaw(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Every cookie the visitor holds, as {@code name=value}, whoever set it. */
    public List<String> cookies() {
        return cookies.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .toList();
    }

    /** The page a redirect points to, as a browser would show it next. */
    public Response follow(Response redirect) {
        return get(
                redirect.header("Location").orElseThrow(() -> new AssertionError("no redirect: " + redirect.status())));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
