package dev.agora.payments.adapter.out.provider;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.domain.Money;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * A payment provider's API over HTTP (JSON, the key as a bearer token), as ADR 0019 describes it:
 *
 * <ul>
 *   <li>{@code POST /authorizations} with {@code Idempotency-Key: <order id>} and {@code {"orderId", "amount":
 *       {"amount", "currency"}, "paymentToken"}} answers {@code {"status": "AUTHORIZED", "reference"}} or
 *       {@code {"status": "DECLINED", "reason"}}; asked again with the same key, the provider gives the same answer
 *       and charges once, which is what makes an authorization safe to retry;
 *   <li>{@code POST /authorizations/{reference}/refunds} with {@code Idempotency-Key: refund-<reference>} and
 *       {@code {"amount"}} gives the authorization back.
 * </ul>
 *
 * An unreachable provider, a 5xx or a 429 is {@link GuardedPaymentProvider.ProviderUnavailable} (counted against it,
 * and an authorization is asked again); any other 4xx is {@link GuardedPaymentProvider.ProviderRejected}: the request
 * was wrong (or the key), and asking again would not change that. Failures name the status and the path, never the key.
 */
class HttpPaymentProvider implements PaymentProvider {

    private final RestClient client;

    /** @param deadline how long the provider may take to answer: the call policy's, so that it stops waiting too */
    HttpPaymentProvider(
            RestClient.Builder builder, URI url, String apiKey, Duration connectTimeout, Duration deadline) {
        // No redirects followed: the key is for the provider's address alone.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        requests.setReadTimeout(deadline);
        this.client = builder.baseUrl(url.toString())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .build();
    }

    @Override
    public Answer authorize(UUID orderId, Money amount, String paymentToken) {
        AuthorizationAnswer answer = call(
                "/authorizations",
                () -> client.post()
                        .uri("/authorizations")
                        .header("Idempotency-Key", orderId.toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(new AuthorizationRequest(orderId, AmountBody.of(amount), paymentToken))
                        .retrieve()
                        .body(AuthorizationAnswer.class));
        if (answer == null) {
            throw new IllegalStateException("The payment provider answered /authorizations without a body");
        }
        return switch (String.valueOf(answer.status())) {
            case "AUTHORIZED" -> {
                if (answer.reference() == null || answer.reference().isBlank()) {
                    throw new IllegalStateException("The payment provider authorized without a reference");
                }
                yield new Authorized(answer.reference());
            }
            case "DECLINED" ->
                new Declined(
                        answer.reason() == null || answer.reason().isBlank()
                                ? "declined by the provider"
                                : answer.reason());
            default ->
                throw new IllegalStateException(
                        "The payment provider answered /authorizations with status " + answer.status());
        };
    }

    @Override
    public void refund(String reference, Money amount) {
        call(
                "/authorizations/{reference}/refunds",
                () -> client.post()
                        .uri("/authorizations/{reference}/refunds", reference)
                        .header("Idempotency-Key", "refund-" + reference)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(new RefundRequest(AmountBody.of(amount)))
                        .retrieve()
                        .toBodilessEntity());
    }

    private static <T> T call(String path, Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException unreachable) {
            throw new GuardedPaymentProvider.ProviderUnavailable(
                    "The payment provider could not be reached at " + path + ": " + unreachable.getMostSpecificCause(),
                    unreachable);
        } catch (RestClientResponseException answered) {
            String failure = "The payment provider answered " + path + " with "
                    + answered.getStatusCode().value();
            if (answered.getStatusCode().is5xxServerError()
                    || answered.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS)) {
                throw new GuardedPaymentProvider.ProviderUnavailable(failure, answered);
            }
            throw new GuardedPaymentProvider.ProviderRejected(failure, answered);
        }
    }

    record AmountBody(String amount, String currency) {

        static AmountBody of(Money money) {
            return new AmountBody(
                    money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    record AuthorizationRequest(UUID orderId, AmountBody amount, String paymentToken) {}

    record RefundRequest(AmountBody amount) {}

    /** Read leniently: a provider adds fields to its answers as it pleases. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AuthorizationAnswer(
            @Nullable String status,
            @Nullable String reference,
            @Nullable String reason) {}
}
