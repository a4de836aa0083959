package dev.agora.payments.adapter.out.provider;

import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.domain.Money;
import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The payment provider behind the {@code payment-provider} call policy: a deadline on every call (a provider that
 * hangs fails the call, and the message is tried again later rather than holding a consumer forever), a breaker and a
 * bulkhead. An authorization is idempotent per order at the provider, so it is tried again when the provider could not
 * be reached; a refund is not, so it is asked once. A request the provider rejects (a 4xx) is neither tried again nor
 * counted against it.
 */
public final class GuardedPaymentProvider implements PaymentProvider, AutoCloseable {

    public static final String CALL_TYPE = "payment-provider";

    private final PaymentProvider provider;
    private final OutboundCall calls;
    private final ExecutorService waits = Executors.newVirtualThreadPerTaskExecutor();

    public GuardedPaymentProvider(PaymentProvider provider, OutboundCalls calls) {
        this.provider = provider;
        this.calls = calls.to(
                "payment-provider",
                CALL_TYPE,
                failure -> failure instanceof ProviderUnavailable || failure instanceof ProviderTimedOut,
                failure -> failure instanceof ProviderUnavailable);
    }

    @Override
    public Answer authorize(UUID orderId, Money amount, String paymentToken) {
        return calls.idempotent(() -> withinDeadline(() -> provider.authorize(orderId, amount, paymentToken)));
    }

    @Override
    public void refund(String reference, Money amount) {
        calls.once(() -> withinDeadline(() -> {
            provider.refund(reference, amount);
            return reference;
        }));
    }

    private <T> T withinDeadline(Supplier<T> call) {
        Duration deadline = calls.deadline();
        Future<T> answer = waits.submit(call::get);
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            answer.cancel(true);
            throw new ProviderTimedOut("The payment provider did not answer within " + deadline.toMillis() + " ms");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof ProviderUnavailable unavailable) {
                throw unavailable;
            }
            // The provider answered that the request was wrong: it is well, and a second attempt would fare the same.
            if (failed.getCause() instanceof ProviderRejected rejected) {
                throw rejected;
            }
            // Whatever else the provider's client threw, it did not answer: counted against it, and worth asking again.
            throw new ProviderUnavailable("The payment provider failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw new ProviderUnavailable("Interrupted while waiting for the payment provider", e);
        }
    }

    /** Called when the application context closes (Spring infers it). */
    @Override
    public void close() {
        waits.close();
    }

    /** The provider could not be reached or answered with an error of its own: worth asking again. */
    public static final class ProviderUnavailable extends RuntimeException {

        public ProviderUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The provider refused the request itself (a 4xx: a malformed request, a key it does not accept): neither asked
     * again nor counted against the provider; the command fails, is retried by its consumer, then dead-lettered.
     */
    public static final class ProviderRejected extends RuntimeException {

        public ProviderRejected(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The provider did not answer in time: its answer is unknown, so the request is neither retried nor declined. */
    public static final class ProviderTimedOut extends RuntimeException {

        ProviderTimedOut(String message) {
            super(message);
        }
    }
}
