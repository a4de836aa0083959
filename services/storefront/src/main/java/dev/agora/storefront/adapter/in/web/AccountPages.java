package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.port.FieldsRefused;
import dev.agora.storefront.application.port.Profiles;
import dev.agora.storefront.domain.AddressDraft;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your account" at {@code /account}, for a signed-in customer only: their profile and addresses at users, changed
 * with plain forms (each with its CSRF token), each answered with a redirect back, so a reload repeats nothing. What
 * users refuses comes back in its own words, next to the field it names.
 */
@Controller
class AccountPages {

    static final String ACCOUNT = "/account";

    private static final String TO_ACCOUNT = "redirect:" + ACCOUNT;
    private static final String PROBLEMS = "problems";
    /** What a refused address form had typed, field by field: plain strings, as a flash attribute kept in the session. */
    private static final String TYPED = "typed";

    private final Profiles profiles;

    AccountPages(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping(ACCOUNT)
    String account(Model model) {
        model.addAttribute("profile", profiles.mine());
        model.addAttribute("addresses", profiles.addresses());
        model.addAttribute("idempotencyKey", UUID.randomUUID());
        if (!model.containsAttribute(PROBLEMS)) {
            model.addAttribute(PROBLEMS, Map.of());
        }
        if (!model.containsAttribute(TYPED)) {
            model.addAttribute(TYPED, Map.of());
        }
        return "account";
    }

    @PostMapping(ACCOUNT + "/profile")
    String changeProfile(
            @RequestParam String displayName,
            @RequestParam String locale,
            @RequestParam(defaultValue = "false") boolean orderUpdatesByMail,
            @RequestParam(defaultValue = "false") boolean offersByMail,
            @RequestParam long version,
            RedirectAttributes flash) {
        try {
            profiles.change(displayName, locale, orderUpdatesByMail, offersByMail, version);
            flash.addFlashAttribute("notice", "Your profile is saved.");
        } catch (FieldsRefused refused) {
            flash.addFlashAttribute(PROBLEMS, refused.problems());
        }
        return TO_ACCOUNT;
    }

    @PostMapping(ACCOUNT + "/addresses")
    String addAddress(
            @RequestParam(required = false) @Nullable String label,
            @RequestParam String recipient,
            @RequestParam String line1,
            @RequestParam(required = false) @Nullable String line2,
            @RequestParam String postalCode,
            @RequestParam String city,
            @RequestParam String country,
            @RequestParam(defaultValue = "false") boolean makeDefault,
            @RequestParam UUID idempotencyKey,
            RedirectAttributes flash) {
        AddressDraft address = new AddressDraft(
                blankAsNone(label), recipient, line1, blankAsNone(line2), postalCode, city, country, makeDefault);
        try {
            profiles.add(address, idempotencyKey);
            flash.addFlashAttribute("notice", "Your address is added.");
        } catch (FieldsRefused refused) {
            flash.addFlashAttribute(PROBLEMS, refused.problems());
            flash.addFlashAttribute(TYPED, typed(address));
        }
        return TO_ACCOUNT;
    }

    @PostMapping(ACCOUNT + "/addresses/{id}/remove")
    String removeAddress(@PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
        try {
            profiles.remove(id, version);
            flash.addFlashAttribute("notice", "Your address is removed.");
        } catch (FieldsRefused refused) {
            flash.addFlashAttribute(PROBLEMS, refused.problems());
        }
        return TO_ACCOUNT;
    }

    private static Map<String, String> typed(AddressDraft address) {
        Map<String, String> typed = new HashMap<>();
        typed.put("label", address.label());
        typed.put("recipient", address.recipient());
        typed.put("line1", address.line1());
        typed.put("line2", address.line2());
        typed.put("postalCode", address.postalCode());
        typed.put("city", address.city());
        typed.put("country", address.country());
        typed.values().removeIf(Objects::isNull);
        return typed;
    }

    private static @Nullable String blankAsNone(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
