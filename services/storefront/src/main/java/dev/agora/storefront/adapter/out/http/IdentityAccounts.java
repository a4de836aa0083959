package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.storefront.application.port.CustomerAccounts;
import dev.agora.storefront.domain.Customer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Identity's accounts API ({@code POST /api/accounts}, {@code GET /api/me}) and its token revocation endpoint, which
 * the storefront calls in its own name as the confidential client {@code clientId}.
 */
public final class IdentityAccounts implements CustomerAccounts {

    private final ServiceApi identity;
    private final String clientId;
    private final String clientSecret;

    public IdentityAccounts(ServiceApi identity, String clientId, String clientSecret) {
        this.identity = identity;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public void open(NewAccount account) {
        try {
            identity.write(client -> client.post()
                    .uri("/api/accounts")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", account.name(), "email", account.email(), "password", account.password()))
                    .retrieve()
                    .toBodilessEntity());
        } catch (HttpClientErrorException refused) {
            throw ProblemJson.fieldsRefused(
                    refused,
                    Map.of(
                            "ACCOUNT_EXISTS",
                            Map.entry("email", "An account with this e-mail already exists: sign in instead.")));
        }
    }

    @Override
    public Customer signedIn(String accessToken) {
        Account account = identity.read(client -> client.get()
                .uri("/api/me")
                .headers(headers -> headers.setBearerAuth(accessToken))
                .retrieve()
                .body(Account.class));
        return new Customer(account.id(), account.name(), account.email(), Set.copyOf(account.roles()));
    }

    @Override
    public void signOut(String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", refreshToken);
        form.add("token_type_hint", "refresh_token");
        identity.write(client -> client.post()
                .uri("/oauth2/revoke")
                .headers(headers -> headers.setBasicAuth(clientId, clientSecret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toBodilessEntity());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(String id, String email, String name, List<String> roles) {}
}
