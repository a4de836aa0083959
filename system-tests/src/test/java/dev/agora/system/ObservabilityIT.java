package dev.agora.system;

import static dev.agora.system.CheckoutThroughGatewayIT.TEA_TOWELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.launcher.PrometheusServer;
import dev.agora.launcher.RunningService;
import dev.agora.launcher.Service;
import dev.agora.launcher.ServiceTable;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.Unreachable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observability end to end, on the platform as {@code ./agora up --with prometheus} starts it: one trace per checkout
 * in the real Zipkin, the logs of that trace merged by {@code ./agora logs --trace}, business counters read back
 * exactly, Prometheus scraping every instance, and no secret in any log of the run.
 */
@ExtendWith(SharedPlatform.class)
class ObservabilityIT {

    static final int CONFIRMED = 3;
    static final int DECLINED = 2;

    static RunningPlatform platform;
    static ApiClient gateway;
    static Session alice;
    static final List<Placed> placed = new ArrayList<>();
    /** The orders service's counters before this class placed its orders: other classes share the platform. */
    static Map<String, Double> countersBefore;

    /** An order placed by this test, with the trace its request began. */
    record Placed(String id, String traceId, String paymentToken, BigDecimal total) {}

    @BeforeAll
    static void placeOrders(RunningPlatform shared, @SignedIn("alice") Session customer) {
        if (!PrometheusServer.isInstalled()) {
            Unreachable.skipOrFail(
                    "ObservabilityIT",
                    "Prometheus is not installed",
                    new IllegalStateException("no /usr/bin/prometheus"),
                    "Install it with sudo apt-get install prometheus (.ci/run does).");
        }
        platform = shared;
        gateway = platform.gateway();
        alice = customer;
        countersBefore = Scrape.of(platform.service("orders"));
        for (int i = 0; i < CONFIRMED + DECLINED; i++) {
            String paymentToken = i < CONFIRMED ? "tok_ok" : "tok_declined";
            Response response = platform.placeOrder(
                    alice.token(), UUID.randomUUID().toString(), TEA_TOWELS, 1 + i % 2, paymentToken);
            assertThat(response.status()).as(response.body()).isEqualTo(202);
            placed.add(new Placed(
                    response.json().path("id").asString(),
                    response.header("X-Trace-Id").orElseThrow(),
                    paymentToken,
                    new BigDecimal(response.json().path("total").path("amount").asString())));
        }
        for (Placed order : placed) {
            await().atMost(Duration.ofSeconds(40))
                    .until(
                            () -> gateway.get("/api/orders/" + order.id(), "Authorization", alice.bearer())
                                    .json()
                                    .path("status")
                                    .asString(),
                            status -> !status.equals("PENDING"));
        }
    }

    @Test
    void a_checkout_is_one_trace_through_every_service_with_its_order_and_steps() {
        Placed order = placed.getFirst();

        JsonNode spans = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> trace(order.traceId()),
                        found -> servicesOf(found)
                                .containsAll(List.of(
                                        "gateway", "orders", "catalog", "inventory", "payments", "notifications")));

        assertThat(tagValues(spans, "order.id")).contains(order.id());
        assertThat(tagValues(spans, "product.ids")).contains(TEA_TOWELS);
        assertThat(tagValues(spans, "saga.step")).contains("RESERVE_STOCK", "AUTHORIZE_PAYMENT", "CONFIRM");
        assertThat(tagValues(spans, "message.type"))
                .as("each consumer says what it handled")
                .contains("agora.inventory.v1.ReserveStock", "agora.payments.v1.AuthorizePayment");
        assertThat(spans.valueStream()
                        .filter(span -> span.path("name").asString().contains("productcatalog"))
                        .map(span ->
                                span.path("localEndpoint").path("serviceName").asString())
                        .toList())
                .as("the gRPC call to the catalog, from both sides")
                .contains("orders", "catalog");
    }

    @Test
    void a_server_error_marks_the_span_of_the_service_that_failed() {
        platform.chaos("catalog", "errors=100%");
        Response failed;
        try {
            failed = gateway.get("/api/categories");
        } finally {
            platform.chaos("catalog", "off");
        }
        assertThat(failed.status()).as("the chaos profile's failure").isEqualTo(503);
        String traceId = failed.header("X-Trace-Id").orElseThrow();
        assertThat(failed.json().path("traceId").asString()).isEqualTo(traceId);

        JsonNode spans = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> trace(traceId), found -> servicesOf(found).contains("catalog"));
        assertThat(spans.valueStream()
                        .filter(span -> span.path("localEndpoint")
                                .path("serviceName")
                                .asString()
                                .equals("catalog"))
                        .filter(span -> span.path("kind").asString().equals("SERVER")))
                .isNotEmpty()
                .allSatisfy(span -> assertThat(span.path("tags").has("error"))
                        .as(span.toString())
                        .isTrue());
    }

    @Test
    void the_logs_of_one_trace_come_from_every_service_it_crossed_in_time_order() {
        Placed order = placed.getFirst();

        List<String> lines = platform.agora("logs", "--trace", order.traceId());

        assertThat(lines).isNotEmpty();
        assertThat(lines.stream()
                        .map(line -> line.substring(0, line.indexOf('|')).strip()))
                .contains("gateway", "orders");
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("traceId=" + order.traceId()));
        List<String> times = lines.stream()
                .map(line -> line.substring(line.indexOf('|') + 2, line.indexOf('|') + 14))
                .toList();
        assertThat(times).isSorted();
    }

    @Test
    void business_counters_read_back_exactly_what_was_ordered() {
        BigDecimal revenue = placed.stream()
                .filter(order -> order.paymentToken().equals("tok_ok"))
                .map(Placed::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Double> orders = Scrape.of(platform.service("orders"));
            assertThat(increase(orders, "agora_orders_placed_total{service=\"orders\"}"))
                    .isEqualTo(CONFIRMED + DECLINED);
            assertThat(increase(orders, "agora_orders_confirmed_total{service=\"orders\"}"))
                    .isEqualTo(CONFIRMED);
            assertThat(increase(orders, "agora_orders_cancelled_total{reason=\"payment_declined\",service=\"orders\"}"))
                    .isEqualTo(DECLINED);
            assertThat(increase(orders, "agora_revenue_minor_units_total{currency=\"EUR\",service=\"orders\"}"))
                    .isEqualTo(revenue.movePointRight(2).doubleValue());
            assertThat(
                            increase(
                                    orders,
                                    "agora_checkout_duration_seconds_count{outcome=\"confirmed\",reason=\"none\",service=\"orders\"}"))
                    .isEqualTo(CONFIRMED);
        });
    }

    /** How much a counter grew since this class began (a series not yet there counted as 0). */
    private static double increase(Map<String, Double> now, String series) {
        return now.getOrDefault(series, 0.0) - countersBefore.getOrDefault(series, 0.0);
    }

    @Test
    void every_service_exposes_its_messaging_backlog_and_dead_letters() {
        for (Service service :
                ServiceTable.SERVICES.stream().filter(Service::usesKafka).toList()) {
            String name = service.name();
            Map<String, Double> metrics = Scrape.of(platform.service(name));
            assertThat(metrics).as(name).containsKey("agora_outbox_unsent{service=\"" + name + "\"}");
            assertThat(metrics).as(name).containsKey("agora_outbox_oldest_age_seconds{service=\"" + name + "\"}");
            if (!service.consumes().isEmpty()) {
                // A service that only publishes (identity) has no dead-letter topic to watch.
                assertThat(metrics.keySet())
                        .as(name + ": a depth per DLT of what it consumes")
                        .anyMatch(series -> series.startsWith("agora_messaging_dlt_depth{"));
            }
        }
        assertThat(Scrape.of(platform.service("inventory")))
                .containsEntry(
                        "agora_messaging_dlt_depth{service=\"inventory\",topic=\"inventory.commands.v1.DLT\"}", 0.0);
    }

    @Test
    void prometheus_scrapes_every_instance_the_launcher_started() {
        RunningService prometheus = platform.service("prometheus");
        ApiClient api = ApiClient.onPort(prometheus.spec().port());
        Set<String> services = new HashSet<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode targets = api.get("/api/v1/targets").json().path("data").path("activeTargets");
            services.clear();
            targets.valueStream()
                    .filter(target -> target.path("health").asString().equals("up"))
                    .forEach(target ->
                            services.add(target.path("labels").path("instance").asString()));
            assertThat(services).containsExactlyInAnyOrderElementsOf(ServiceTable.names());
        });
    }

    @Test
    void every_metric_a_dashboard_or_an_alert_queries_exists_in_a_live_scrape() throws IOException {
        Set<String> scraped = new HashSet<>(Set.of("up")); // up: Prometheus's own, per target
        for (String name : ServiceTable.names()) {
            scraped.addAll(Scrape.names(platform.service(name)));
        }
        ApiClient prometheus =
                ApiClient.onPort(platform.service("prometheus").spec().port());
        JsonNode groups = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> prometheus
                                .get("/api/v1/rules")
                                .json()
                                .path("data")
                                .path("groups"),
                        found -> found.size() >= 4);
        Set<String> recorded = new HashSet<>();
        Map<String, String> queries = new LinkedHashMap<>();
        groups.forEach(group -> group.path("rules").forEach(rule -> {
            String name = rule.path("name").asString();
            if (rule.path("type").asString().equals("recording")) {
                recorded.add(name);
            }
            queries.put("rule " + name, rule.path("query").asString());
        }));
        assertThat(queries)
                .as("Prometheus loaded the rules of deploy/observability")
                .hasSizeGreaterThanOrEqualTo(29);
        try (Stream<Path> dashboards =
                Files.list(platform.home().repository().resolve("deploy/observability/grafana"))) {
            for (Path dashboard : dashboards.sorted().toList()) {
                JsonNode model = JsonMapper.builder().build().readTree(dashboard.toFile());
                model.path("panels")
                        .forEach(panel -> panel.path("targets")
                                .forEach(target -> queries.put(
                                        dashboard.getFileName() + " / "
                                                + panel.path("title").asString() + " / "
                                                + target.path("refId").asString(),
                                        target.path("expr").asString())));
            }
        }

        List<String> missing = new ArrayList<>();
        queries.forEach((where, query) -> PromQl.metricNames(query).stream()
                .filter(name -> !scraped.contains(name) && !recorded.contains(name))
                .forEach(name -> missing.add(where + ": " + name)));
        assertThat(missing).as("metrics queried but not exposed").isEmpty();
    }

    @Test
    void every_line_a_service_logs_is_json_with_its_service_instance_level_and_message() throws IOException {
        for (String name : ServiceTable.names()) {
            List<String> lines;
            try (Stream<String> log = Files.lines(platform.home().log(name), StandardCharsets.UTF_8)) {
                lines = log.toList();
            }
            assertThat(lines).as(name).isNotEmpty();
            JsonMapper json = JsonMapper.builder().build();
            assertThat(lines).as(name).allSatisfy(line -> {
                JsonNode event = json.readTree(line);
                assertThat(event.path("service").asString()).isEqualTo(name);
                assertThat(event.path("instance").asString()).isEqualTo(name);
                assertThat(event.path("level").asString()).isNotEmpty();
                assertThat(event.has("message")).isTrue();
            });
            if (List.of("gateway", "orders", "inventory", "payments", "notifications")
                    .contains(name)) {
                assertThat(lines)
                        .as(name + ": its lines about a checkout carry the checkout's trace")
                        .anyMatch(line -> line.contains("\"traceId\":\"") && line.contains("\"spanId\":\""));
            }
        }
    }

    @Test
    void no_log_line_of_the_run_holds_a_token_a_password_or_payment_data() throws IOException {
        List<Pattern> secrets = List.of(
                Pattern.compile(Pattern.quote(alice.token())),
                Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}"), // any JWT
                Pattern.compile("(?i)bearer [A-Za-z0-9._-]{20,}"),
                Pattern.compile("alice-password|bob-password|admin-password"),
                Pattern.compile("tok_ok|tok_declined"));
        List<String> found = new ArrayList<>();
        try (Stream<Path> logs = Files.list(platform.home().logs())) {
            for (Path log :
                    logs.filter(file -> file.toString().endsWith(".log")).toList()) {
                try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                    lines.forEach(line -> secrets.stream()
                            .filter(secret -> secret.matcher(line).find())
                            .forEach(secret -> found.add(log.getFileName() + ": " + secret + " in " + line)));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static JsonNode trace(String traceId) {
        RunningService zipkin = platform.service("zipkin");
        Response response = ApiClient.onPort(zipkin.spec().port()).get("/api/v2/trace/" + traceId);
        return response.status() == 200
                ? response.json()
                : JsonMapper.builder().build().createArrayNode();
    }

    private static Set<String> servicesOf(JsonNode spans) {
        Set<String> services = new HashSet<>();
        spans.forEach(span ->
                services.add(span.path("localEndpoint").path("serviceName").asString()));
        return services;
    }

    private static List<String> tagValues(JsonNode spans, String tag) {
        return spans.valueStream()
                .map(span -> span.path("tags").path(tag))
                .filter(JsonNode::isString)
                .map(JsonNode::asString)
                .toList();
    }

    /** The metric names a PromQL query reads (label matchers, ranges, strings, functions and keywords left out). */
    static final class PromQl {

        private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
        private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

        static Set<String> metricNames(String query) {
            String bare = query.replaceAll("\"[^\"]*\"", "\"\"")
                    .replaceAll("\\{[^}]*}", "")
                    .replaceAll("\\[[^]]*]", "")
                    .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
            Set<String> names = new HashSet<>();
            Matcher token = NAME.matcher(bare);
            while (token.find()) {
                String rest = bare.substring(token.end()).stripLeading();
                boolean isFunction = rest.startsWith("(");
                if (!isFunction && !KEYWORDS.contains(token.group())) {
                    names.add(token.group());
                }
            }
            return names;
        }

        private PromQl() {}
    }

    /** One scrape of an instance's Prometheus endpoint: each series (name and labels) with its value. */
    static final class Scrape {

        private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^}]*})?) (\\S+)");

        static Map<String, Double> of(RunningService instance) {
            String body = ApiClient.onPort(instance.spec().managementPort())
                    .get("/actuator/prometheus")
                    .body();
            Map<String, Double> samples = new LinkedHashMap<>();
            body.lines().forEach(line -> {
                Matcher sample = SAMPLE.matcher(line);
                if (sample.find()) {
                    samples.put(sample.group(1), Double.parseDouble(sample.group(3)));
                }
            });
            return samples;
        }

        /** The metric names of a scrape, without labels. */
        static Set<String> names(RunningService instance) {
            Set<String> names = new HashSet<>();
            ApiClient.onPort(instance.spec().managementPort())
                    .get("/actuator/prometheus")
                    .body()
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
            return names;
        }

        private Scrape() {}
    }
}
