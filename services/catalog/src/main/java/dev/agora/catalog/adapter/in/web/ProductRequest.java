package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.domain.Money;
import dev.agora.catalog.domain.ProductDetails;
import dev.agora.platform.problem.ProblemException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** A product as an admin sends it, to add it or to replace its details. Unknown fields are refused. */
@Schema(example = """
        {"sku": "LAMP-042", "name": "Brass desk lamp", "description": "A lamp for the desk.", "category": "lighting",
         "price": {"amount": "49.90", "currency": "EUR"}, "imageUrl": "https://img.agora.test/lamp-042.jpg"}""")
public record ProductRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "must be 1 to 40 letters, digits or hyphens")
        String sku,

        @NotBlank @Size(max = ProductDetails.MAX_NAME_LENGTH)
        String name,

        @Size(max = 2000) @Nullable String description,

        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a category slug, see /api/categories")
        String category,

        @NotNull @Valid Price price,

        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") @Nullable
        String imageUrl) {

    /** A price as a decimal string and an ISO 4217 code: never a floating-point number. */
    public record Price(
            @NotNull
            @Pattern(
                    regexp = "\\d{1,10}(\\.\\d{1,2})?",
                    message = "must be a decimal string with at most 2 decimals, like \"12.50\"")
            String amount,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code, like \"EUR\"")
            String currency) {}

    ProductDetails toDetails() {
        // @NotBlank trims only ASCII spaces; the domain strips every kind.
        if (name.strip().isEmpty()) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(price.currency());
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalid("price.currency", "must be an ISO 4217 currency code, like \"EUR\"");
        }
        BigDecimal amount = new BigDecimal(price.amount());
        if (amount.signum() <= 0) {
            throw ProblemException.invalid("price.amount", "must be more than 0");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw ProblemException.invalid("price.currency", "must be a currency with prices, not a metal or a code");
        }
        if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw ProblemException.invalid(
                    "price.amount", "has more decimals than " + currency.getCurrencyCode() + " allows");
        }
        return new ProductDetails(
                sku,
                name.strip(),
                description == null ? "" : description,
                category,
                new Money(amount, currency),
                imageUrl == null ? "" : imageUrl);
    }
}
