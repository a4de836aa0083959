package dev.agora.orders.adapter.in.web;

import dev.agora.orders.application.PlaceOrder;
import dev.agora.orders.domain.OrderLine;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a customer orders; prices are never taken from here, but from the catalog. */
@Schema(example = """
                {"items": [{"productId": "323efabc-cc23-5a4a-80a4-3e9bda47539f", "quantity": 2}],
                 "paymentToken": "tok_ok"}""")
record OrderRequest(
        @NotEmpty @Size(max = PlaceOrder.MAX_ITEMS) List<@Valid @NotNull Item> items,

        @Schema(description = "From the payment provider; in development tok_ok, tok_declined or tok_slow")
        @NotBlank
        @Size(max = 100)
        String paymentToken,

        @Schema(description = "One of your addresses (GET /api/users/me/addresses): the order keeps a copy of it")
        @Nullable
        UUID shippingAddressId) {

    record Item(
            @NotNull UUID productId,
            @Min(1) @Max(OrderLine.MAX_QUANTITY) int quantity) {}
}
