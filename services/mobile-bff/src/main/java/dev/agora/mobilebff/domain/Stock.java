package dev.agora.mobilebff.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether a product can be bought now, as inventory says it to anyone.
 *
 * @param state {@code IN_STOCK}, {@code LOW} (only a few left) or {@code SOLD_OUT}
 * @param unitsLeft how many are left when there are only a few, else null (inventory does not say more)
 */
public record Stock(UUID productId, String state, @Nullable Integer unitsLeft) {}
