package dev.agora.mobilebff.application.port;

import dev.agora.mobilebff.domain.Stock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Inventory's word on whether products can be bought: one call for a whole screen of them. */
public interface StockLevels {

    Map<UUID, Stock> of(List<UUID> productIds);
}
