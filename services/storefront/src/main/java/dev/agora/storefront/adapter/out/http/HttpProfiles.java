package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.agora.platform.api.EntityTags;
import dev.agora.storefront.application.port.FieldsRefused;
import dev.agora.storefront.application.port.Profiles;
import dev.agora.storefront.domain.AddressDraft;
import dev.agora.storefront.domain.Profile;
import dev.agora.storefront.domain.ShippingAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The users service's API ({@code /api/users/me} and its addresses), called with the signed-in customer's access
 * token: a profile changed with a JSON Merge Patch and {@code If-Match}, an address added with an Idempotency-Key.
 */
public final class HttpProfiles implements Profiles {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private static final Map<String, Map.Entry<String, String>> KNOWN_REFUSALS = Map.of(
            "PRECONDITION_FAILED",
            Map.entry(FieldsRefused.FORM, "It changed meanwhile (in another tab?): here it is as it is now."),
            "ADDRESS_LIMIT_REACHED",
            Map.entry(FieldsRefused.FORM, "You keep 10 addresses already: remove one to add another."));

    private final ServiceApi users;

    public HttpProfiles(ServiceApi users) {
        this.users = users;
    }

    @Override
    public Profile mine() {
        return users.read(client -> client.get().uri("/api/users/me").retrieve().body(ProfileJson.class))
                .toProfile();
    }

    @Override
    public Profile change(
            String displayName, String locale, boolean orderUpdatesByMail, boolean offersByMail, long version) {
        Map<String, Object> patch = Map.of(
                "displayName",
                displayName,
                "locale",
                locale,
                "notificationPreferences",
                Map.of("orderUpdatesByMail", orderUpdatesByMail, "offersByMail", offersByMail));
        try {
            return users.written(client -> client.patch()
                            .uri("/api/users/me")
                            .header("If-Match", EntityTags.of(version))
                            .contentType(MERGE_PATCH)
                            .body(patch)
                            .retrieve()
                            .body(ProfileJson.class))
                    .toProfile();
        } catch (HttpClientErrorException refused) {
            throw ProblemJson.fieldsRefused(refused, KNOWN_REFUSALS);
        }
    }

    @Override
    public List<ShippingAddress> addresses() {
        return users
                .read(client ->
                        client.get().uri("/api/users/me/addresses").retrieve().body(AddressList.class))
                .items()
                .stream()
                .map(AddressJson::toAddress)
                .toList();
    }

    @Override
    public void add(AddressDraft address, UUID idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", address.label());
        body.put("recipient", address.recipient());
        body.put("line1", address.line1());
        body.put("line2", address.line2());
        body.put("postalCode", address.postalCode());
        body.put("city", address.city());
        body.put("country", address.country());
        body.put("default", address.makeDefault());
        try {
            users.write(client -> client.post()
                    .uri("/api/users/me/addresses")
                    .header("Idempotency-Key", idempotencyKey.toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity());
        } catch (HttpClientErrorException refused) {
            throw ProblemJson.fieldsRefused(refused, KNOWN_REFUSALS);
        }
    }

    @Override
    public void remove(UUID id, long version) {
        try {
            users.write(client -> client.delete()
                    .uri("/api/users/me/addresses/{id}", id)
                    .header("If-Match", EntityTags.of(version))
                    .retrieve()
                    .toBodilessEntity());
        } catch (HttpClientErrorException.NotFound alreadyGone) {
            // Removed meanwhile (another tab): what was asked is done.
        } catch (HttpClientErrorException refused) {
            throw ProblemJson.fieldsRefused(refused, KNOWN_REFUSALS);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileJson(
            @Nullable String displayName,
            @Nullable String email,
            String locale,
            PreferencesJson notificationPreferences,
            long version) {

        Profile toProfile() {
            return new Profile(
                    displayName,
                    email,
                    locale,
                    notificationPreferences.orderUpdatesByMail(),
                    notificationPreferences.offersByMail(),
                    version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PreferencesJson(boolean orderUpdatesByMail, boolean offersByMail) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AddressList(List<AddressJson> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AddressJson(
            UUID id,
            @Nullable String label,
            String recipient,
            String line1,
            @Nullable String line2,
            String postalCode,
            String city,
            String country,
            @JsonProperty("default") boolean isDefault,
            long version) {

        ShippingAddress toAddress() {
            return new ShippingAddress(
                    id, label, recipient, line1, line2, postalCode, city, country, isDefault, version);
        }
    }
}
