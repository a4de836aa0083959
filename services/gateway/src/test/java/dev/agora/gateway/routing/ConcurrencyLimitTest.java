package dev.agora.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.gateway.config.EdgeProperties.UpstreamConcurrency;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {

    static final Duration ON_TIME = Duration.ofMillis(50);
    static final Duration LATE = Duration.ofMillis(800);

    final ConcurrencyLimit limit = new ConcurrencyLimit(new UpstreamConcurrency(10, 2, Duration.ofMillis(500)), 30);

    /** The time requests are sent, in nanoseconds; each answer moves it on. */
    long now;

    @Test
    void refuses_a_request_beyond_the_limit_until_a_place_is_freed() {
        takeAll();

        assertThat(limit.tryAcquire()).isFalse();
        answer(ON_TIME);
        assertThat(limit.tryAcquire()).isTrue();
    }

    @Test
    void late_answers_shrink_the_limit_down_to_its_minimum() {
        answerOneAtATime(50, LATE);

        assertThat(limit.limit()).isEqualTo(2);
        assertThat(limit.tryAcquire())
                .as("a service slow by itself still gets its minimum")
                .isTrue();
    }

    @Test
    void answers_on_time_under_a_full_limit_grow_it_back_up_to_the_maximum() {
        for (int round = 0; round < 200; round++) {
            int taken = takeAll();
            for (int answer = 0; answer < taken; answer++) {
                answer(ON_TIME);
            }
        }

        assertThat(limit.limit()).isEqualTo(30);
    }

    @Test
    void one_pause_that_makes_every_request_under_way_late_shrinks_the_limit_once() {
        int taken = takeAll();
        long sent = now;

        for (int answer = 0; answer < taken; answer++) {
            limit.release(sent, sent + LATE.toNanos() + answer);
        }

        assertThat(limit.limit()).isEqualTo(9);
        now = sent + LATE.toNanos() + 1;
        assertThat(limit.tryAcquire()).isTrue();
        answer(LATE);
        assertThat(limit.limit())
                .as("a request sent after the decrease and late still tells of a busy service")
                .isEqualTo(8);
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
    void a_request_abandoned_by_its_client_frees_its_place_without_judging_the_service() {
        int taken = takeAll();

        limit.abandon();

        assertThat(limit.inFlight()).isEqualTo(taken - 1);
        assertThat(limit.limit()).isEqualTo(10);
    }

    /** Sends and answers requests one after the other, each after {@code took}. */
    private void answerOneAtATime(int requests, Duration took) {
        for (int request = 0; request < requests; request++) {
            assertThat(limit.tryAcquire()).isTrue();
            answer(took);
        }
    }

    /** Answers one request under way, sent now, after {@code took}; the next requests are sent after it. */
    private void answer(Duration took) {
        limit.release(now, now + took.toNanos());
        now += took.toNanos() + 1;
    }

    private int takeAll() {
        int taken = 0;
        while (limit.tryAcquire()) {
            taken++;
        }
        return taken;
    }
}
