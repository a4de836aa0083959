package dev.agora.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockTest {

    final Stock fresh = new Stock(UUID.randomUUID(), 5, 0, 0);

    @Test
    void every_move_conserves_the_stock() {
        Stock reserved = fresh.reserve(3);
        Stock partlySold = reserved.sell(2);
        Stock released = partlySold.release(1);

        assertThat(released).isEqualTo(new Stock(fresh.productId(), 3, 0, 2));
        assertThat(java.util.List.of(reserved, partlySold, released))
                .allSatisfy(stock -> assertThat(stock.total()).isEqualTo(5));
    }

    @Test
    void cannot_reserve_more_than_is_available() {
        assertThat(fresh.canReserve(6)).isFalse();
        assertThatThrownBy(() -> fresh.reserve(6)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void never_goes_negative() {
        assertThatThrownBy(() -> fresh.sell(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fresh.release(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_receipt_adds_units_free_to_reserve_and_to_the_total() {
        Stock received = fresh.reserve(2).receive(10);

        assertThat(received).isEqualTo(new Stock(fresh.productId(), 13, 2, 0));
        assertThat(received.total()).isEqualTo(15);
        assertThat(Stock.none(fresh.productId()).receive(1).available()).isEqualTo(1);
    }

    @Test
    void a_receipt_adds_at_least_one_unit_and_never_beyond_the_ceiling() {
        assertThatThrownBy(() -> fresh.receive(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fresh.receive(Stock.MAX_UNITS - 4)).isInstanceOf(StockLimitExceeded.class);
        assertThat(fresh.receive(Stock.MAX_UNITS - 5).total()).isEqualTo(Stock.MAX_UNITS);
    }
}
