package dev.agora.identity.adapter.in.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agora.launcher.SignIn;
import dev.agora.testing.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Password guessing is throttled per typed e-mail, and nothing tells an attacker which accounts exist. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:identity-throttle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class SignInThrottlingTest {

    @LocalServerPort
    int port;

    /** What the client saw: status and body (trace id aside), and {@code Retry-After}. */
    record Attempt(int status, String body, String retryAfter, long nanos) {}

    Attempt signIn(String email, String password) {
        long start = System.nanoTime();
        SignIn.Refused refused = catchThrowableOfType(
                SignIn.Refused.class, () -> new SignIn(ApiClient.onPort(port).base()).withPassword(email, password));
        long nanos = System.nanoTime() - start;
        return refused == null
                ? new Attempt(200, "", "", nanos)
                : new Attempt(refused.status(), withoutTraceId(refused.body()), refused.retryAfter(), nanos);
    }

    static String withoutTraceId(String body) {
        return body.replaceAll("\"traceId\":\"[0-9a-f]*\"", "");
    }

    @Test
    void five_failures_lock_the_email_whether_or_not_it_has_an_account() {
        long knownNanos = 0;
        long unknownNanos = 0;
        for (int i = 0; i < 5; i++) {
            Attempt known = signIn("bob@agora.test", "wrong-password-" + i);
            Attempt unknown = signIn("nobody@agora.test", "wrong-password-" + i);
            assertThat(known.status()).isEqualTo(401);
            assertThat(unknown)
                    .usingRecursiveComparison()
                    .ignoringFields("nanos")
                    .isEqualTo(known);
            knownNanos += known.nanos();
            unknownNanos += unknown.nanos();
        }

        Attempt lockedKnown = signIn("bob@agora.test", "bob-password");
        Attempt lockedUnknown = signIn("nobody@agora.test", "bob-password");

        assertThat(lockedKnown.status())
                .as("even the right password is refused while locked")
                .isEqualTo(429);
        assertThat(lockedKnown.body()).contains("\"code\":\"TOO_MANY_ATTEMPTS\"");
        assertThat(Long.parseLong(lockedKnown.retryAfter())).isBetween(1L, 15 * 60L);
        assertThat(lockedUnknown.status()).isEqualTo(429);
        assertThat(lockedUnknown.body()).isEqualTo(lockedKnown.body());
        // An unknown e-mail is checked against a dummy Argon2 hash: no fast answer gives it away.
        assertThat((double) unknownNanos / knownNanos).isBetween(0.5, 2.0);
    }

    @Test
    void attempts_sent_all_at_once_get_no_more_than_five_passwords_checked() throws Exception {
        List<Callable<Attempt>> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String guess = "parallel-guess-" + i;
            attempts.add(() -> signIn("mallory@agora.test", guess));
        }

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Attempt> attempt : pool.invokeAll(attempts)) {
                statuses.add(attempt.get().status());
            }
        }

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(status -> status == 401).count()).isLessThanOrEqualTo(5);
    }

    @Test
    void another_email_is_not_locked_by_someone_elses_failures() {
        for (int i = 0; i < 5; i++) {
            signIn("eve@agora.test", "guess-" + i);
        }

        assertThat(signIn("alice@agora.test", "alice-password").status()).isEqualTo(200);
    }
}
