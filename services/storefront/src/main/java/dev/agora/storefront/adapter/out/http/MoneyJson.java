package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.storefront.domain.Price;
import java.math.BigDecimal;
import java.util.Currency;

/** An amount as the services write it: a decimal string and an ISO 4217 currency. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MoneyJson(String amount, String currency) {

    Price toPrice() {
        return new Price(new BigDecimal(amount), Currency.getInstance(currency));
    }
}
