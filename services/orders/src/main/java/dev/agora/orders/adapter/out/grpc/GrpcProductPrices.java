package dev.agora.orders.adapter.out.grpc;

import dev.agora.contracts.catalog.v1.CatalogProduct;
import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.GetProductsResponse;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc.ProductCatalogBlockingStub;
import dev.agora.orders.application.port.ProductPrices;
import dev.agora.orders.domain.Money;
import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.StatusRuntimeException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Prices from the catalog's ProductCatalog, guarded by the {@code grpc} call policy: a deadline on each attempt, up to
 * three attempts while the catalog is unreachable (pricing reads, so it may be asked again), a breaker and a bulkhead.
 * The call carries the customer's own access token (token relay: catalog checks it as it checks any caller's).
 *
 * <p>The fallback, when the catalog fails or its breaker is open: the prices it gave within the last
 * {@code maxPriceAge} (60 s), if it gave one for every product of the order; otherwise the order is refused with
 * {@link PricesUnavailable}, and nothing is placed.
 */
public class GrpcProductPrices implements ProductPrices {

    private final ProductCatalogBlockingStub catalog;
    private final OutboundCall calls;
    private final RecentPrices recent;

    public GrpcProductPrices(
            ProductCatalogBlockingStub catalog, OutboundCalls calls, Clock clock, Duration maxPriceAge) {
        this.catalog = catalog;
        this.calls = calls.to("catalog", GrpcCalls.CALL_TYPE, GrpcCalls::isFailure, GrpcCalls::isRetryable);
        this.recent = new RecentPrices(clock, maxPriceAge);
    }

    @Override
    public Prices of(Set<UUID> productIds) {
        GetProductsRequest request = GetProductsRequest.newBuilder()
                .addAllProductIds(productIds.stream().map(UUID::toString).toList())
                .build();
        GetProductsResponse response;
        try {
            response = calls.idempotent(() ->
                    GrpcCalls.asTheCaller(catalog, calls.deadline().toMillis()).getProducts(request));
        } catch (StatusRuntimeException | CallNotPermittedException | BulkheadFullException failure) {
            if (!GrpcCalls.isFailure(failure) && failure instanceof StatusRuntimeException refused) {
                // The catalog works and said no (a token it does not accept, a request it calls wrong): no fallback.
                throw new PricesUnavailable(
                        "The catalog refused to price the order: "
                                + refused.getStatus().getCode(),
                        refused);
            }
            return recent.of(productIds)
                    .map(prices -> new Prices(prices, List.of()))
                    .orElseThrow(() -> new PricesUnavailable(
                            "The catalog did not price the order (" + GrpcCalls.reason(failure)
                                    + ") and no price of the last minute is known for every item",
                            failure));
        }
        Map<UUID, Money> prices = new HashMap<>();
        for (CatalogProduct product : response.getProductsList()) {
            prices.put(
                    UUID.fromString(product.getProductId()),
                    Money.of(product.getPrice().getAmount(), product.getPrice().getCurrency()));
        }
        recent.remember(prices);
        List<UUID> unknown = new ArrayList<>();
        response.getUnknownProductIdsList().forEach(id -> unknown.add(UUID.fromString(id)));
        return new Prices(prices, unknown);
    }
}
