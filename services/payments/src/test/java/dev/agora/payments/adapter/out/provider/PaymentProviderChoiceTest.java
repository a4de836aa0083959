package dev.agora.payments.adapter.out.provider;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.payments.PaymentsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Payments starts only with a provider it was told to use: the simulated one is the dev profile's, and the prod profile
 * refuses it, as it refuses an http provider without its address or key, naming each property.
 */
class PaymentProviderChoiceTest {

    static final String MEMORY_DATABASE =
            "--spring.datasource.url=jdbc:h2:mem:payments-choice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    @Test
    void refuses_the_simulated_provider_under_prod() {
        assertThatThrownBy(() -> start(new String[] {"prod"}, "--agora.payments.provider.kind=simulated"))
                .hasRootCauseMessage("Refusing to start with the prod profile: agora.payments.provider.kind is"
                        + " simulated, a development stand-in that authorizes test tokens. Set the provider from the"
                        + " environment (see docs/guides/checkout-saga.md, \"The provider and the mail in"
                        + " production\").");
    }

    @Test
    void the_dev_profile_beside_prod_does_not_bring_the_simulation_back() {
        assertThatThrownBy(() -> start(new String[] {"prod", "dev"}))
                .rootCause()
                .hasMessageStartingWith("Refusing to start with the prod profile: agora.payments.provider.url is not"
                        + " set; agora.payments.provider.api-key is not set.");
    }

    @Test
    void refuses_the_http_provider_without_its_address_and_key_under_prod() {
        assertThatThrownBy(() -> start(new String[] {"prod"}))
                .rootCause()
                .hasMessageStartingWith("Refusing to start with the prod profile: agora.payments.provider.url is not"
                        + " set; agora.payments.provider.api-key is not set.");
    }

    @Test
    void refuses_the_http_provider_without_its_key_under_prod() {
        assertThatThrownBy(() ->
                        start(new String[] {"prod"}, "--agora.payments.provider.url=https://api.provider.example/v1"))
                .rootCause()
                .hasMessageStartingWith(
                        "Refusing to start with the prod profile: agora.payments.provider.api-key is not set.");
    }

    @Test
    void refuses_to_guess_a_provider_outside_the_dev_profile() {
        assertThatThrownBy(() -> start(new String[] {"chaos"}))
                .rootCause()
                .hasMessageStartingWith(
                        "Refusing to start: agora.payments.provider.kind is not set (simulated or http).");
    }

    private static void start(String[] profiles, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = MEMORY_DATABASE;
        all[1] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        new SpringApplicationBuilder(PaymentsApplication.class)
                .profiles(profiles)
                .run(all)
                .close();
    }
}
