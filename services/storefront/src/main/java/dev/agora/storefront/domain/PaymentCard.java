package dev.agora.storefront.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The test cards a customer chooses from at checkout, each the token of the development payment provider that
 * behaves that way. Labelled as test cards on the page: no real card is ever asked for.
 */
public enum PaymentCard {
    APPROVED("approved", "tok_ok", "Test card: approved"),
    DECLINED("declined", "tok_declined", "Test card: declined"),
    SLOW("slow", "tok_slow", "Test card: slow to answer");

    private final String formValue;
    private final String token;
    private final String label;

    PaymentCard(String formValue, String token, String label) {
        this.formValue = formValue;
        this.token = token;
        this.label = label;
    }

    /** The card a form names ({@code approved}, {@code declined}, {@code slow}); empty for anything else. */
    public static Optional<PaymentCard> fromForm(String value) {
        return Arrays.stream(values())
                .filter(card -> card.formValue.equals(value))
                .findFirst();
    }

    public String formValue() {
        return formValue;
    }

    /** What the payment provider is given. */
    public String token() {
        return token;
    }

    public String label() {
        return label;
    }
}
