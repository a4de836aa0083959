package dev.agora.payments.adapter.in.web;

import dev.agora.payments.application.ViewPayment;
import dev.agora.payments.domain.LedgerEntry;
import dev.agora.payments.domain.Money;
import dev.agora.platform.api.PageResponse;
import dev.agora.platform.security.AccessTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
class PaymentsController {

    private final ViewPayment viewPayment;

    PaymentsController(ViewPayment viewPayment) {
        this.viewPayment = viewPayment;
    }

    /**
     * The payment of one of your orders, with every authorization and refund of it: a page of at most one item. Another
     * customer's order gives an empty page, as an unknown one does.
     */
    @GetMapping
    PageResponse<PaymentResponse> payments(
            @RequestParam UUID orderId, @AuthenticationPrincipal Jwt token, Authentication caller) {
        boolean admin = AccessTokens.isAdmin(caller);
        List<PaymentResponse> items = viewPayment.view(orderId, token.getSubject(), admin).stream()
                .map(PaymentResponse::of)
                .toList();
        return new PageResponse<>(items, 0, 1, items.size(), items.isEmpty() ? 0 : 1);
    }

    record PaymentResponse(
            UUID id, UUID orderId, String status, MoneyResponse amount, String reason, List<LedgerResponse> ledger) {

        static PaymentResponse of(ViewPayment.PaymentWithLedger found) {
            return new PaymentResponse(
                    found.payment().id(),
                    found.payment().orderId(),
                    found.payment().status().name(),
                    MoneyResponse.of(found.payment().amount()),
                    found.payment().reason(),
                    found.ledger().stream().map(LedgerResponse::of).toList());
        }
    }

    /** One movement of money: {@code AUTHORIZATION} or {@code REFUND}. */
    record LedgerResponse(String kind, MoneyResponse amount, Instant at) {

        static LedgerResponse of(LedgerEntry entry) {
            return new LedgerResponse(entry.kind().name(), MoneyResponse.of(entry.amount()), entry.at());
        }
    }

    /** Money on the wire: the amount as a decimal string, so no client ever parses it as a float. */
    record MoneyResponse(String amount, String currency) {

        static MoneyResponse of(Money money) {
            return new MoneyResponse(
                    money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
    }
}
