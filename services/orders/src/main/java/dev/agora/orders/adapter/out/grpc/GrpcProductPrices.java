package dev.agora.orders.adapter.out.grpc;

import dev.agora.contracts.catalog.v1.CatalogProduct;
import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.GetProductsResponse;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc.ProductCatalogBlockingStub;
import dev.agora.orders.application.port.ProductPrices;
import dev.agora.orders.domain.Money;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Prices from the catalog's ProductCatalog. The call carries the customer's own access token (token relay: catalog
 * checks it as it checks any caller's) and a deadline, so a slow catalog fails the order fast instead of holding it.
 */
public class GrpcProductPrices implements ProductPrices {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final ProductCatalogBlockingStub catalog;
    private final Duration deadline;

    public GrpcProductPrices(ProductCatalogBlockingStub catalog, Duration deadline) {
        this.catalog = catalog;
        this.deadline = deadline;
    }

    @Override
    public Prices of(Set<UUID> productIds) {
        GetProductsRequest request = GetProductsRequest.newBuilder()
                .addAllProductIds(productIds.stream().map(UUID::toString).toList())
                .build();
        GetProductsResponse response;
        try {
            response = catalog.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(callerToken()))
                    .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .getProducts(request);
        } catch (StatusRuntimeException e) {
            throw new PricesUnavailable(
                    "The catalog did not price the order: " + e.getStatus().getCode(), e);
        }
        Map<UUID, Money> prices = new HashMap<>();
        for (CatalogProduct product : response.getProductsList()) {
            prices.put(
                    UUID.fromString(product.getProductId()),
                    Money.of(product.getPrice().getAmount(), product.getPrice().getCurrency()));
        }
        List<UUID> unknown = new ArrayList<>();
        response.getUnknownProductIdsList().forEach(id -> unknown.add(UUID.fromString(id)));
        return new Prices(prices, unknown);
    }

    private static Metadata callerToken() {
        Metadata headers = new Metadata();
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken caller) {
            headers.put(AUTHORIZATION, "Bearer " + caller.getToken().getTokenValue());
        }
        return headers;
    }
}
