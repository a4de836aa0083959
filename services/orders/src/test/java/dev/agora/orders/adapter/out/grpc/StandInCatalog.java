package dev.agora.orders.adapter.out.grpc;

import dev.agora.contracts.catalog.v1.CatalogProduct;
import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.GetProductsResponse;
import dev.agora.contracts.catalog.v1.Money;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import io.grpc.Attributes;
import io.grpc.ServerTransportFilter;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog's {@code ProductCatalog} over real gRPC, for the orders tests: it prices the products it is given, says
 * the others are unknown, and can be told to fail or to stall. It counts connections, calls and empty (warm-up)
 * requests and keeps the {@code authorization} each call carried.
 */
public final class StandInCatalog extends ProductCatalogGrpc.ProductCatalogImplBase {

    public final AtomicInteger calls = new AtomicInteger();
    public final AtomicInteger connections = new AtomicInteger();
    public final AtomicInteger emptyRequests = new AtomicInteger();
    /** The {@code authorization} of each call, {@code ""} for none. */
    public final List<String> authorizations = new CopyOnWriteArrayList<>();

    private final Map<UUID, Price> prices;
    private final Map<UUID, Duration> slowToPrice = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<Status> failure = new AtomicReference<>(Status.UNAVAILABLE);
    private final AtomicReference<Duration> stall = new AtomicReference<>(Duration.ZERO);
    private final StandInServer server;

    /** A price as the catalog gives it: a decimal amount and its currency. */
    public record Price(String amount, String currency) {

        public static Price euros(String amount) {
            return new Price(new BigDecimal(amount).toPlainString(), "EUR");
        }
    }

    public StandInCatalog(Map<UUID, Price> prices) {
        this.prices = Map.copyOf(prices);
        server = new StandInServer("catalog", this, new ServerTransportFilter() {
            @Override
            public Attributes transportReady(Attributes transport) {
                connections.incrementAndGet();
                return transport;
            }
        });
    }

    public int port() {
        return server.port();
    }

    /** The next {@code times} calls fail with {@code status}. */
    public void failNext(int times, Status status) {
        failure.set(status);
        failures.set(times);
    }

    /** Every call takes {@code duration} before it answers. */
    public void stall(Duration duration) {
        stall.set(duration);
    }

    /** A call that asks for {@code product} takes {@code duration} before it answers. */
    public void slowToPrice(UUID product, Duration duration) {
        slowToPrice.put(product, duration);
    }

    /** Gone as a killed process is: connections closed before this returns. */
    public void stop() {
        server.stop();
    }

    @Override
    public void getProducts(GetProductsRequest request, StreamObserver<GetProductsResponse> answer) {
        calls.incrementAndGet();
        authorizations.add(StandInServer.caller());
        if (request.getProductIdsCount() == 0) {
            emptyRequests.incrementAndGet();
        }
        if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            answer.onError(failure.get().asRuntimeException());
            return;
        }
        pause(request.getProductIdsList().stream()
                .map(id -> slowToPrice.getOrDefault(UUID.fromString(id), Duration.ZERO))
                .reduce(stall.get(), (longest, next) -> next.compareTo(longest) > 0 ? next : longest));
        GetProductsResponse.Builder response = GetProductsResponse.newBuilder();
        for (String id : request.getProductIdsList()) {
            Price price = prices.get(UUID.fromString(id));
            if (price == null) {
                response.addUnknownProductIds(id);
            } else {
                response.addProducts(CatalogProduct.newBuilder()
                        .setProductId(id)
                        .setSku("SKU-" + id.substring(0, 4))
                        .setName("Product " + id.substring(0, 4))
                        .setPrice(Money.newBuilder().setAmount(price.amount()).setCurrency(price.currency())));
            }
        }
        answer.onNext(response.build());
        answer.onCompleted();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
