package dev.agora.payments.adapter.out.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.domain.Money;
import dev.agora.platform.resilience.CallPolicy;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.resilience.ResilienceProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The payment-provider call policy around a provider that can be made unreachable or slow. */
class GuardedPaymentProviderTest {

    static final CallPolicy POLICY = new CallPolicy(
            Duration.ofMillis(200),
            new CallPolicy.Retry(3, Duration.ofMillis(5)),
            new CallPolicy.Breaker(5, 50, 20, Duration.ofSeconds(10), Duration.ofSeconds(60)),
            10);

    final FlakyProvider provider = new FlakyProvider();
    final GuardedPaymentProvider guarded = new GuardedPaymentProvider(
            provider,
            new OutboundCalls(
                    new ResilienceProperties(Map.of(GuardedPaymentProvider.CALL_TYPE, POLICY)),
                    new SimpleMeterRegistry()));
    final Money amount = Money.of("12.50", "EUR");

    @Test
    void an_unreachable_provider_is_asked_again_for_an_authorization() {
        provider.unreachableFor.set(2);

        PaymentProvider.Answer answer = guarded.authorize(UUID.randomUUID(), amount, "tok_ok");

        assertThat(answer).isInstanceOf(PaymentProvider.Authorized.class);
        assertThat(provider.calls.get()).isEqualTo(3);
    }

    @Test
    void any_failure_of_the_provider_counts_as_unavailable_and_is_asked_again() {
        provider.brokenFor.set(1);

        assertThat(guarded.authorize(UUID.randomUUID(), amount, "tok_ok"))
                .isInstanceOf(PaymentProvider.Authorized.class);
        assertThat(provider.calls.get()).isEqualTo(2);
    }

    @Test
    void a_provider_that_hangs_fails_the_call_at_the_deadline_and_is_not_asked_again() {
        provider.pause = Duration.ofSeconds(5);

        assertThatThrownBy(() -> guarded.authorize(UUID.randomUUID(), amount, "tok_ok"))
                .isInstanceOf(GuardedPaymentProvider.ProviderTimedOut.class)
                .hasMessageContaining("200 ms");
        assertThat(provider.calls.get()).isEqualTo(1);
    }

    @Test
    void a_request_the_provider_rejects_is_asked_once_and_leaves_the_breaker_alone() {
        provider.rejectedFor.set(10);

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> guarded.authorize(UUID.randomUUID(), amount, "tok_ok"))
                    .isInstanceOf(GuardedPaymentProvider.ProviderRejected.class);
        }
        assertThat(provider.calls.get()).isEqualTo(10);
        assertThat(guarded.authorize(UUID.randomUUID(), amount, "tok_ok"))
                .as("the breaker is still closed")
                .isInstanceOf(PaymentProvider.Authorized.class);
    }

    @Test
    void a_refund_is_asked_once() {
        provider.unreachableFor.set(1);

        assertThatThrownBy(() -> guarded.refund("sim_1", amount))
                .isInstanceOf(GuardedPaymentProvider.ProviderUnavailable.class);
        assertThat(provider.calls.get()).isEqualTo(1);
    }

    /** A provider that is unreachable for its next few calls, or slow. */
    static final class FlakyProvider implements PaymentProvider {

        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger unreachableFor = new AtomicInteger();
        /** Throws what a provider's client library might, not ProviderUnavailable. */
        final AtomicInteger brokenFor = new AtomicInteger();
        /** Answers that the request was wrong. */
        final AtomicInteger rejectedFor = new AtomicInteger();

        volatile Duration pause = Duration.ZERO;

        @Override
        public Answer authorize(UUID orderId, Money amount, String paymentToken) {
            call();
            return new Authorized("sim_" + orderId);
        }

        @Override
        public void refund(String reference, Money amount) {
            call();
        }

        private void call() {
            calls.incrementAndGet();
            if (unreachableFor.getAndDecrement() > 0) {
                throw new GuardedPaymentProvider.ProviderUnavailable("connection refused", null);
            }
            if (brokenFor.getAndDecrement() > 0) {
                throw new IllegalStateException("the client library broke");
            }
            if (rejectedFor.getAndDecrement() > 0) {
                throw new GuardedPaymentProvider.ProviderRejected("answered 400", null);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
