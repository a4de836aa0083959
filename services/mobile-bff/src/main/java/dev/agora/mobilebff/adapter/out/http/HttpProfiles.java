package dev.agora.mobilebff.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.agora.mobilebff.application.port.Profiles;
import dev.agora.mobilebff.domain.Address;
import dev.agora.mobilebff.domain.Profile;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Users' {@code GET /api/users/me} and {@code /api/users/me/addresses}, in the caller's name. */
public final class HttpProfiles implements Profiles {

    private final ServiceApi users;

    public HttpProfiles(ServiceApi users) {
        this.users = users;
    }

    @Override
    public Profile mine() {
        ProfileJson profile = users.read(
                client -> client.get().uri("/api/users/me").retrieve().body(ProfileJson.class));
        return new Profile(
                profile.displayName(),
                profile.locale(),
                profile.notificationPreferences().orderUpdatesByMail(),
                profile.notificationPreferences().offersByMail());
    }

    @Override
    public List<Address> addresses() {
        return users
                .read(client ->
                        client.get().uri("/api/users/me/addresses").retrieve().body(AddressList.class))
                .items()
                .stream()
                .map(AddressJson::toAddress)
                .toList();
    }

    record ProfileJson(@Nullable String displayName, String locale, PreferencesJson notificationPreferences) {}

    record PreferencesJson(boolean orderUpdatesByMail, boolean offersByMail) {}

    record AddressList(List<AddressJson> items) {}

    record AddressJson(
            UUID id,
            @Nullable String label,
            String recipient,
            String line1,
            @Nullable String line2,
            String postalCode,
            String city,
            String country,
            @JsonProperty("default") boolean isDefault) {

        Address toAddress() {
            return new Address(id, label, recipient, line1, line2, postalCode, city, country, isDefault);
        }
    }
}
