package dev.agora.orders.adapter.out.grpc;

import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * As soon as orders is up, opens its channel to the catalog and sends one empty pricing request, in the background:
 * orders is ready whether or not the catalog is. Otherwise the first order pays for resolving, connecting and the
 * first use of the call's code on both sides (1.6 s of its 2 s pricing deadline measured here on a cold start, more
 * on a busy machine) and may be refused. The request names no product and carries no token, so it prices nothing.
 */
public final class CatalogWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(CatalogWarmUp.class);

    private static final long DEADLINE_SECONDS = 30;

    private final ManagedChannel channel;

    public CatalogWarmUp(ManagedChannel channel) {
        this.channel = channel;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        channel.getState(true);
        Thread.ofVirtual().name("catalog-warm-up").start(this::callOnce);
    }

    private void callOnce() {
        try {
            ProductCatalogGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                    .getProducts(GetProductsRequest.getDefaultInstance());
            log.debug("The channel to the catalog is warm");
        } catch (StatusRuntimeException answer) {
            // Refused (no token) or not there yet: either way the call's code ran, and the first order will retry.
            log.debug(
                    "The catalog answered the warm-up call with {}",
                    answer.getStatus().getCode());
        }
    }
}
