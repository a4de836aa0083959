package dev.agora.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.gateway.config.EdgeProperties.UpstreamConcurrency;
import dev.agora.gateway.routing.ConcurrencyLimit.Place;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {

    static final Duration ON_TIME = Duration.ofMillis(50);
    /** Late by a tenth of the target: the least a late answer takes off, a tenth of the limit. */
    static final Duration LATE = Duration.ofMillis(550);

    /** Ten times the target: the most a late answer takes off, half the limit. */
    static final Duration VERY_LATE = Duration.ofSeconds(5);

    final ConcurrencyLimit limit = new ConcurrencyLimit(new UpstreamConcurrency(10, 2, Duration.ofMillis(500)), 30);

    /** The time requests are sent, in nanoseconds; each answer moves it on. */
    long now;

    @Test
    void refuses_a_request_beyond_the_limit_until_a_place_is_freed() {
        List<Place> taken = takeAll();

        assertThat(limit.tryAcquire(now)).isNull();
        answer(taken.getFirst(), ON_TIME);
        assertThat(limit.tryAcquire(now)).isNotNull();
    }

    @Test
    void late_answers_shrink_the_limit_down_to_its_minimum() {
        answerOneAtATime(50, LATE);

        assertThat(limit.limit()).isEqualTo(2);
        assertThat(limit.tryAcquire(now))
                .as("a service slow by itself still gets its minimum")
                .isNotNull();
    }

    @Test
    void answers_on_time_under_a_full_limit_grow_it_back_up_to_the_maximum() {
        for (int round = 0; round < 200; round++) {
            for (Place place : takeAll()) {
                answer(place, ON_TIME);
            }
        }

        assertThat(limit.limit()).isEqualTo(30);
    }

    @Test
    void one_pause_that_makes_every_request_under_way_late_shrinks_the_limit_once() {
        List<Place> taken = takeAll();
        long sent = now;

        for (int answer = 0; answer < taken.size(); answer++) {
            limit.release(taken.get(answer), sent + LATE.toNanos() + answer);
        }

        assertThat(limit.limit()).isEqualTo(9);
        now = sent + LATE.toNanos() + taken.size();
        answer(limit.tryAcquire(now), LATE);
        assertThat(limit.limit())
                .as("a request sent after the decrease and late still tells of a busy service")
                .isEqualTo(8);
    }

    @Test
    void the_later_the_answer_the_more_the_limit_shrinks_at_most_by_half() {
        answer(limit.tryAcquire(now), VERY_LATE);

        assertThat(limit.limit()).isEqualTo(5);
    }

    @Test
    void a_request_sent_while_the_service_has_at_most_its_minimum_under_way_is_among_few() {
        List<Place> taken = takeAll();

        assertThat(taken)
                .extracting(Place::amongFew)
                .containsExactly(true, true, false, false, false, false, false, false, false, false);
    }

    @Test
    void an_idle_service_does_not_grow_its_limit_beyond_its_start() {
        answerOneAtATime(500, ON_TIME);

        assertThat(limit.limit()).isEqualTo(10);
    }

    @Test
    void a_limit_shrunk_by_a_slow_spell_comes_back_to_its_start_once_answers_are_on_time_however_few() {
        answerOneAtATime(50, LATE);
        assertThat(limit.limit()).isEqualTo(2);

        answerOneAtATime(200, ON_TIME);

        assertThat(limit.limit()).isEqualTo(10);
    }

    @Test
    void a_restart_takes_the_limit_back_to_its_start_at_once() {
        answerOneAtATime(50, LATE);
        assertThat(limit.limit()).isEqualTo(2);

        limit.restart();

        assertThat(limit.limit()).isEqualTo(10);
        assertThat(takeAll()).hasSize(10);
    }

    @Test
    void a_request_abandoned_by_its_client_frees_its_place_without_judging_the_service() {
        int taken = takeAll().size();

        limit.abandon();

        assertThat(limit.inFlight()).isEqualTo(taken - 1);
        assertThat(limit.limit()).isEqualTo(10);
    }

    /** Sends and answers requests one after the other, each after {@code took}. */
    private void answerOneAtATime(int requests, Duration took) {
        for (int request = 0; request < requests; request++) {
            answer(limit.tryAcquire(now), took);
        }
    }

    /** Answers the request that took {@code place} after {@code took}; the next requests are sent after it. */
    private void answer(Place place, Duration took) {
        assertThat(place).as("a place under the limit").isNotNull();
        long answered = place.sent() + took.toNanos();
        limit.release(place, answered);
        now = Math.max(now, answered + 1);
    }

    /** Takes every place free under the limit, for requests sent now. */
    private List<Place> takeAll() {
        List<Place> taken = new ArrayList<>();
        for (Place place = limit.tryAcquire(now); place != null; place = limit.tryAcquire(now)) {
            taken.add(place);
        }
        return taken;
    }
}
