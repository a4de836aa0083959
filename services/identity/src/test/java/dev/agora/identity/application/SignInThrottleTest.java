package dev.agora.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

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

        record Failure(String email, Instant at) {}

        final List<Failure> failures = new ArrayList<>();
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public void record(String email, Instant at) {
            failures.add(new Failure(email, at));
        }

        @Override
        public List<Instant> since(String email, Instant since) {
            return failures.stream()
                    .filter(failure ->
                            failure.email().equals(email) && !failure.at().isBefore(since))
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
    void the_fifth_failure_locks_the_email_until_the_first_leaves_the_window() {
        for (int minute = 0; minute < 4; minute++) {
            throttle.failed("Bob@Agora.test");
            fixture.now = fixture.now.plus(Duration.ofMinutes(1));
        }
        assertThat(throttle.waitBefore("bob@agora.test")).isEmpty();

        throttle.failed("bob@agora.test");

        assertThat(throttle.waitBefore(" BOB@agora.test")).contains(Duration.ofMinutes(11));
        fixture.now = fixture.now.plus(Duration.ofMinutes(11));
        assertThat(throttle.waitBefore("bob@agora.test")).isEmpty();
    }

    @Test
    void a_success_forgets_the_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice@agora.test");
        }

        throttle.succeeded("alice@agora.test");
        throttle.failed("alice@agora.test");

        assertThat(throttle.waitBefore("alice@agora.test")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol@agora.test");
        }
        fixture.now = fixture.now.plus(Duration.ofMinutes(16));

        throttle.failed("carol@agora.test");

        assertThat(throttle.waitBefore("carol@agora.test")).isEmpty();
    }
}
