package dev.agora.inventory.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stock of every product. */
public interface StockLevels {

    Optional<Stock> find(UUID productId);

    /** The stock of these products, read without a lock; products without stock are absent from the map. */
    Map<UUID, Stock> findAll(Collection<UUID> productIds);

    /**
     * The stock of these products, each locked until the end of the transaction, so that two orders racing for the
     * last unit are decided one after the other. Products without stock are absent from the map.
     */
    Map<UUID, Stock> lock(Collection<UUID> productIds);

    void save(Stock stock);

    /** Gives a product that has no stock yet an empty one; a product with stock keeps it as it is. */
    void open(UUID productId);
}
