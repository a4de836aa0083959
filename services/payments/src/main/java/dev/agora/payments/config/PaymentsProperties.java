package dev.agora.payments.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.payments.*}.
 *
 * @param slowTokenDelay how long the simulated provider takes to answer for {@code tok_slow}: longer than the saga
 *     waits for a payment, so that it times out
 * @param provider the payment provider payments asks, and how to reach it
 */
@ConfigurationProperties("agora.payments")
public record PaymentsProperties(
        @DefaultValue("10s") Duration slowTokenDelay,
        @DefaultValue Provider provider) {

    /**
     * {@code agora.payments.provider.*}.
     *
     * @param kind {@code simulated} (test tokens; the dev profile's choice) or {@code http} (a provider's API). Unset
     *     outside the dev profile, so that nothing falls back to the simulation by accident
     * @param url the provider's API, for {@code http}
     * @param apiKey what payments authenticates with at the provider, for {@code http}: from the environment only
     *     ({@code AGORA_PAYMENTS_PROVIDER_APIKEY}, from a Secret in a cluster), never printed
     * @param connectTimeout how long to wait for a connection to the provider (how long to wait for its answer is the
     *     deadline of the {@code payment-provider} call policy)
     */
    public record Provider(
            @Nullable Kind kind,
            @Nullable URI url,
            @Nullable String apiKey,
            @DefaultValue("2s") Duration connectTimeout) {

        public enum Kind {
            SIMULATED,
            HTTP
        }

        /**
         * What keeps payments from working with this provider, each naming its property; under the prod profile, the
         * simulated provider too: it authorizes whoever knows a test token.
         */
        public List<String> problems(boolean production) {
            List<String> problems = new ArrayList<>();
            if (kind == null) {
                problems.add("agora.payments.provider.kind is not set (simulated or http)");
            } else if (kind == Kind.SIMULATED && production) {
                problems.add("agora.payments.provider.kind is simulated, a development stand-in that authorizes"
                        + " test tokens");
            } else if (kind == Kind.HTTP) {
                if (url == null) {
                    problems.add("agora.payments.provider.url is not set");
                }
                if (apiKey == null || apiKey.isBlank()) {
                    problems.add("agora.payments.provider.api-key is not set");
                }
            }
            return problems;
        }

        @Override
        public String toString() {
            return "Provider[kind=" + kind + ", url=" + url + ", apiKey=" + (apiKey == null ? "unset" : "(set)") + "]";
        }
    }
}
