package dev.agora.orders.adapter.out.grpc;

import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import dev.agora.platform.warmup.WarmUp;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.TimeUnit;

/**
 * Before orders reports ready, opens its channel to the catalog and sends one empty pricing request. Otherwise the
 * first order pays for resolving, connecting and the first use of the call's code on both sides (1.6 s of its 2 s
 * pricing deadline measured here on a cold start, more on a busy machine) and may be refused. The call waits for the
 * catalog to be reachable, 30 s at most: orders is ready then whether or not the catalog is. The request names no
 * product and carries no token, so it prices nothing.
 */
public final class CatalogWarmUp implements WarmUp {

    private static final long DEADLINE_SECONDS = 30;

    private final ManagedChannel channel;

    public CatalogWarmUp(ManagedChannel channel) {
        this.channel = channel;
    }

    @Override
    public void run() {
        try {
            ProductCatalogGrpc.newBlockingStub(channel)
                    .withWaitForReady()
                    .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                    .getProducts(GetProductsRequest.getDefaultInstance());
        } catch (StatusRuntimeException answer) {
            if (answer.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
                throw answer; // the catalog never answered: said by the warm-ups, orders ready all the same
            }
            // Refused (no token): the call's code ran on both sides, which is what warms them.
        }
    }
}
