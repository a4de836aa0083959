package dev.agora.payments.adapter.out.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.domain.Money;
import dev.agora.platform.resilience.CallPolicy;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.resilience.ResilienceProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The HTTP provider against a provider on a real local HTTP port, alone and behind the payment-provider policy. */
class HttpPaymentProviderTest {

    /** The deadline is generous: the first call of a JVM loads the HTTP client's code. */
    static final CallPolicy POLICY = new CallPolicy(
            Duration.ofSeconds(10),
            new CallPolicy.Retry(3, Duration.ofMillis(5)),
            new CallPolicy.Breaker(5, 50, 20, Duration.ofSeconds(10), Duration.ofSeconds(60)),
            10);

    final ProviderServer server = ProviderServer.start();
    final Money amount = Money.of("59.80", "EUR");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void authorizes_with_its_key_and_the_order_as_idempotency_key() {
        UUID order = UUID.randomUUID();

        PaymentProvider.Answer answer =
                provider(server.url(), ProviderServer.API_KEY).authorize(order, amount, "pm_card_visa");

        assertThat(answer).isEqualTo(new PaymentProvider.Authorized("auth_1"));
        ProviderServer.Request request = server.requests.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/authorizations");
        assertThat(request.authorization()).isEqualTo("Bearer " + ProviderServer.API_KEY);
        assertThat(request.idempotencyKey()).isEqualTo(order.toString());
        assertThat(request.body())
                .contains("\"orderId\":\"" + order + "\"")
                .contains("\"amount\":{\"amount\":\"59.80\",\"currency\":\"EUR\"}")
                .contains("\"paymentToken\":\"pm_card_visa\"");
    }

    @Test
    void a_declined_answer_is_a_decline_with_the_providers_reason() {
        assertThat(provider(server.url(), ProviderServer.API_KEY).authorize(UUID.randomUUID(), amount, "pm_declined"))
                .isEqualTo(new PaymentProvider.Declined("insufficient funds"));
    }

    @Test
    void a_refund_names_the_authorization_and_the_amount() {
        provider(server.url(), ProviderServer.API_KEY).refund("auth_7", amount);

        ProviderServer.Request request = server.requests.getFirst();
        assertThat(request.path()).isEqualTo("/v1/authorizations/auth_7/refunds");
        assertThat(request.idempotencyKey()).isEqualTo("refund-auth_7");
        assertThat(request.body()).isEqualTo("{\"amount\":{\"amount\":\"59.80\",\"currency\":\"EUR\"}}");
    }

    @Test
    void a_server_error_is_unavailable_and_a_rejected_request_is_rejected_without_the_key() {
        HttpPaymentProvider provider = provider(server.url(), "a-key-the-provider-does-not-know");
        server.failNext.set(1);

        assertThatThrownBy(() -> provider.authorize(UUID.randomUUID(), amount, "pm_card_visa"))
                .isInstanceOf(GuardedPaymentProvider.ProviderUnavailable.class)
                .hasMessage("The payment provider answered /authorizations with 503");
        assertThatThrownBy(() -> provider.authorize(UUID.randomUUID(), amount, "pm_card_visa"))
                .isInstanceOf(GuardedPaymentProvider.ProviderRejected.class)
                .hasMessage("The payment provider answered /authorizations with 401")
                .satisfies(failure -> assertThat(stackTraceOf(failure)).doesNotContain("a-key-the-provider"));
    }

    @Test
    void an_unreachable_provider_is_unavailable() {
        URI nowhere = server.url();
        server.close();

        assertThatThrownBy(() ->
                        provider(nowhere, ProviderServer.API_KEY).authorize(UUID.randomUUID(), amount, "pm_card_visa"))
                .isInstanceOf(GuardedPaymentProvider.ProviderUnavailable.class)
                .hasMessageStartingWith("The payment provider could not be reached at /authorizations");
    }

    @Test
    void behind_the_policy_an_authorization_is_asked_again_with_the_same_key_and_charged_once() {
        GuardedPaymentProvider guarded = guarded(provider(server.url(), ProviderServer.API_KEY));
        UUID order = UUID.randomUUID();
        server.failNext.set(2);

        PaymentProvider.Answer first = guarded.authorize(order, amount, "pm_card_visa");
        PaymentProvider.Answer again = guarded.authorize(order, amount, "pm_card_visa");

        assertThat(first).isInstanceOf(PaymentProvider.Authorized.class).isEqualTo(again);
        assertThat(server.requests)
                .hasSize(4)
                .allSatisfy(request -> assertThat(request.idempotencyKey()).isEqualTo(order.toString()));
    }

    @Test
    void behind_the_policy_a_rejected_request_is_asked_once() {
        GuardedPaymentProvider guarded = guarded(provider(server.url(), "a-key-the-provider-does-not-know"));

        assertThatThrownBy(() -> guarded.authorize(UUID.randomUUID(), amount, "pm_card_visa"))
                .isInstanceOf(GuardedPaymentProvider.ProviderRejected.class);
        assertThat(server.requests).hasSize(1);
    }

    private static HttpPaymentProvider provider(URI url, String key) {
        return new HttpPaymentProvider(RestClient.builder(), url, key, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    private static GuardedPaymentProvider guarded(PaymentProvider provider) {
        return new GuardedPaymentProvider(
                provider,
                new OutboundCalls(
                        new ResilienceProperties(Map.of(GuardedPaymentProvider.CALL_TYPE, POLICY)),
                        new SimpleMeterRegistry()));
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
