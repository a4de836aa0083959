package dev.agora.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.identity.application.port.FailedSignIns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** Failures kept in a list, and a clock the test moves by hand. */
    static final class Fixture extends Clock implements FailedSignIns {

        record Failure(String id, String email, Instant at) {}

        final List<Failure> failures = new ArrayList<>();
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public String record(String email, Instant at) {
            String id = "f" + failures.size() + "-" + at;
            failures.add(new Failure(id, email, at));
            return id;
        }

        @Override
        public void forget(String id) {
            failures.removeIf(failure -> failure.id().equals(id));
        }

        @Override
        public List<Instant> since(String email, Instant since) {
            return failures.stream()
                    .filter(failure ->
                            failure.email().equals(email) && failure.at().isAfter(since))
                    .map(Failure::at)
                    .toList();
        }

        @Override
        public void clear(String email) {
            failures.removeIf(failure -> failure.email().equals(email));
        }

        @Override
        public void forgetBefore(Instant before) {
            failures.removeIf(failure -> failure.at().isBefore(before));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Fixture fixture = new Fixture();
    final SignInThrottle throttle = new SignInThrottle(fixture, fixture);

    @Test
    void five_failed_attempts_lock_the_email_until_the_first_leaves_the_window() {
        for (int minute = 0; minute < 5; minute++) {
            assertThat(throttle.begin("Bob@Agora.test"))
                    .as("attempt %d", minute + 1)
                    .isEmpty();
            fixture.now = fixture.now.plus(Duration.ofMinutes(1));
        }

        assertThat(throttle.begin(" BOB@agora.test")).contains(Duration.ofMinutes(10));
        assertThat(fixture.failures).as("a refused attempt is not counted").hasSize(5);
        fixture.now = fixture.now.plus(Duration.ofMinutes(10));
        assertThat(throttle.begin("bob@agora.test")).isEmpty();
    }

    @Test
    void a_success_forgets_the_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.begin("alice@agora.test");
        }

        throttle.begin("alice@agora.test");
        throttle.succeeded("alice@agora.test");

        assertThat(throttle.begin("alice@agora.test")).isEmpty();
        assertThat(fixture.failures).hasSize(1);
    }

    @Test
    void attempts_older_than_the_window_do_not_count() {
        for (int i = 0; i < 5; i++) {
            throttle.begin("carol@agora.test");
        }
        fixture.now = fixture.now.plus(Duration.ofMinutes(16));

        assertThat(throttle.begin("carol@agora.test")).isEmpty();
    }

    @Test
    void attempts_that_begin_together_see_each_other() {
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            if (throttle.begin("mallory@agora.test").isEmpty()) {
                allowed++;
            }
        }

        assertThat(allowed).isEqualTo(5);
    }
}
