package dev.agora.storefront.adapter.out.http;

import dev.agora.platform.warmup.WarmUp;
import java.time.Duration;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Before the storefront reports ready, waits for the catalog to answer (30 s at most: ./agora up starts them together),
 * then asks for the shop's own pages, so that the first customer does not pay for the first use of their code. The
 * catalog is asked past the breaker: a catalog still starting is no broken one, and counting its refusals would open
 * the breaker and shut the shop just as everything becomes ready.
 */
public final class CatalogueWarmUp implements WarmUp {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private final RestClient catalog;
    private final WarmUp pages;

    public CatalogueWarmUp(ServiceApi catalog, WarmUp pages) {
        this.catalog = catalog.client();
        this.pages = pages;
    }

    @Override
    public void run() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                catalog.get().uri("/api/categories").retrieve().toBodilessEntity();
                break;
            } catch (RestClientException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet; // said by the warm-ups; the storefront is ready all the same
                }
                Thread.sleep(PAUSE);
            }
        }
        pages.run();
    }
}
