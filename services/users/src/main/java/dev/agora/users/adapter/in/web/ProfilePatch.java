package dev.agora.users.adapter.in.web;

import dev.agora.platform.problem.InvalidField;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import dev.agora.users.domain.FieldRejected;
import dev.agora.users.domain.Profile;
import dev.agora.users.domain.ProfileChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Merge Patch (RFC 7396) of a profile: a member present is set, a member absent is left. Nothing a customer may
 * change is nullable, so a null is refused rather than read as "remove"; so are the e-mail (identity's) and any member
 * a profile does not have. Every refusal is listed, each naming its member.
 */
final class ProfilePatch {

    static final String MEDIA_TYPE = "application/merge-patch+json";

    private static final String PREFERENCES = "notificationPreferences";

    private final List<InvalidField> errors = new ArrayList<>();

    private ProfilePatch() {}

    static ProfileChange read(JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.invalid("", "must be a JSON object: the members of the profile to change");
        }
        ProfilePatch reading = new ProfilePatch();
        String displayName = null;
        String locale = null;
        Boolean orderUpdates = null;
        Boolean offers = null;
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            switch (name) {
                case "displayName" -> displayName = reading.text(name, value, Profile::checkedDisplayName);
                case "locale" -> locale = reading.text(name, value, Profile::checkedLocale);
                case PREFERENCES -> {
                    if (!value.isObject()) {
                        reading.reject(PREFERENCES, "must be an object of booleans");
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> preference : value.properties()) {
                        String field = PREFERENCES + "." + preference.getKey();
                        switch (preference.getKey()) {
                            case "orderUpdatesByMail" -> orderUpdates = reading.bool(field, preference.getValue());
                            case "offersByMail" -> offers = reading.bool(field, preference.getValue());
                            default -> reading.reject(field, "is not a notification preference");
                        }
                    }
                }
                case "email" -> reading.reject(name, "is your account's: change it at identity, not in your profile");
                case "id", "version", "createdAt" -> reading.reject(name, "cannot be changed");
                default -> reading.reject(name, "is not a member of a profile");
            }
        }
        if (!reading.errors.isEmpty()) {
            throw new ProblemException(
                    PlatformErrorCodes.VALIDATION_FAILED, "The patch cannot be applied: see errors.", reading.errors);
        }
        return new ProfileChange(displayName, locale, orderUpdates, offers);
    }

    private @Nullable String text(String field, JsonNode value, UnaryOperator<String> check) {
        if (!value.isString()) {
            reject(field, "must be a string");
            return null;
        }
        try {
            return check.apply(value.asString());
        } catch (FieldRejected rejected) {
            reject(field, rejected.getMessage());
            return null;
        }
    }

    private @Nullable Boolean bool(String field, JsonNode value) {
        if (!value.isBoolean()) {
            reject(field, "must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    private void reject(String field, String message) {
        errors.add(new InvalidField(field, message));
    }
}
