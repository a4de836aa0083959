package dev.agora.orders.adapter.out.grpc;

import dev.agora.orders.domain.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The prices the catalog gave lately, each with when it gave it: the fallback when the catalog cannot answer. A price
 * older than {@code maxAge} is never used, so a price change reaches orders within that time even through an outage.
 */
final class RecentPrices {

    /** Enough for every product a laptop's catalog holds; beyond it the oldest prices are forgotten first. */
    private static final int CAPACITY = 10_000;

    private record Seen(Money price, Instant at) {}

    private final Clock clock;
    private final Duration maxAge;
    private final LinkedHashMap<UUID, Seen> prices = new LinkedHashMap<>();

    RecentPrices(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    synchronized void remember(Map<UUID, Money> fresh) {
        Instant now = clock.instant();
        fresh.forEach((product, price) -> {
            prices.remove(product); // re-inserted last: the map stays ordered from oldest to newest
            prices.put(product, new Seen(price, now));
        });
        Iterator<Map.Entry<UUID, Seen>> oldestFirst = prices.entrySet().iterator();
        while (prices.size() > CAPACITY && oldestFirst.hasNext()) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    /** The price of every one of {@code products}, if each was seen within {@code maxAge}; otherwise none. */
    synchronized Optional<Map<UUID, Money>> of(Set<UUID> products) {
        Instant oldestUsable = clock.instant().minus(maxAge);
        Map<UUID, Money> found = new HashMap<>();
        for (UUID product : products) {
            Seen seen = prices.get(product);
            if (seen == null || seen.at().isBefore(oldestUsable)) {
                return Optional.empty();
            }
            found.put(product, seen.price());
        }
        return Optional.of(found);
    }
}
