package dev.agora.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.platform.api.RequestFingerprint;
import dev.agora.platform.problem.ErrorCode;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import dev.agora.testing.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the creating POSTs of every service rely on from {@link IdempotentRequests}, on a real database: one request per
 * key does the work, its retries get its answer, another request under the key is refused, a failed request frees the
 * key, and a crashed one holds it no longer than the time-out.
 */
abstract class IdempotentRequestsContract {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String ONE = RequestFingerprint.of("{\"name\": \"one\"}");
    static final String OTHER = RequestFingerprint.of("{\"name\": \"other\"}");
    static final Answer CREATED = new Answer(201, "/api/things/1", "{\"id\": 1}");

    final MovableClock clock = new MovableClock();
    final String caller = "caller-" + UUID.randomUUID();
    final IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());

    TransactionTemplate transactions;
    IdempotentRequests requests;
    JdbcClient database;

    abstract DataSource dataSource();

    @BeforeEach
    void setUp() {
        DataSource dataSource = dataSource();
        new IdempotencySchema(dataSource);
        PlatformTransactionManager manager = new DataSourceTransactionManager(dataSource);
        transactions = new TransactionTemplate(manager);
        database = JdbcClient.create(dataSource);
        requests = new IdempotentRequests(database, manager, clock, TIMEOUT, UUID::randomUUID);
    }

    @Test
    void the_first_request_claims_its_key_and_a_retry_gets_the_answer_it_remembered() {
        requests.remember(granted(claim(ONE)), CREATED);

        assertThat(claim(ONE)).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void a_retry_while_the_first_request_is_handled_is_a_conflict() {
        granted(claim(ONE));

        assertRefused(claim(ONE), Claim.InProgress.class, PlatformErrorCodes.CONFLICT);
    }

    @Test
    void another_request_under_a_used_key_is_refused_whether_the_first_was_answered_or_not() {
        Claim.Granted first = granted(claim(ONE));
        Claim whileHandled = claim(OTHER);
        requests.remember(first, CREATED);

        assertRefused(whileHandled, Claim.Reused.class, PlatformErrorCodes.IDEMPOTENCY_KEY_REUSED);
        assertRefused(claim(OTHER), Claim.Reused.class, PlatformErrorCodes.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void keys_are_per_caller() {
        requests.remember(granted(claim(ONE)), CREATED);

        assertThat(requests.claim("another-" + caller, key, ONE)).isInstanceOf(Claim.Granted.class);
    }

    @Test
    void a_released_key_is_free_for_a_corrected_request_and_an_answered_key_is_never_released() {
        requests.release(granted(claim(ONE)));
        Claim.Granted corrected = granted(claim(OTHER));
        requests.remember(corrected, CREATED);
        requests.release(corrected);

        assertThat(claim(OTHER)).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void an_unanswered_claim_is_taken_over_once_older_than_the_time_out() {
        granted(claim(ONE));
        clock.advance(TIMEOUT);
        assertRefused(claim(ONE), Claim.InProgress.class, PlatformErrorCodes.CONFLICT);

        clock.advance(Duration.ofMillis(1));
        requests.remember(granted(claim(ONE)), CREATED);

        assertThat(claim(ONE)).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void an_answered_claim_is_never_taken_over() {
        requests.remember(granted(claim(ONE)), CREATED);
        clock.advance(TIMEOUT.multipliedBy(100));

        assertThat(claim(ONE)).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void a_request_whose_claim_was_taken_over_can_neither_answer_nor_release_the_key() {
        Claim.Granted hung = granted(claim(ONE));
        clock.advance(TIMEOUT.plusSeconds(1));
        Claim.Granted retry = granted(claim(ONE));

        assertThatThrownBy(() -> requests.remember(hung, new Answer(201, "/api/things/2", "{\"id\": 2}")))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo(PlatformErrorCodes.CONFLICT));
        requests.release(hung);
        assertRefused(claim(ONE), Claim.InProgress.class, PlatformErrorCodes.CONFLICT);
        requests.remember(retry, CREATED);
        assertThat(claim(ONE)).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void of_first_requests_at_once_exactly_one_claims_the_key() throws Exception {
        for (int round = 0; round < 10; round++) {
            IdempotencyKey contested = new IdempotencyKey(UUID.randomUUID().toString());

            List<Claim> claims = atOnce(4, () -> requests.claim(caller, contested, ONE));

            assertThat(claims).filteredOn(Claim.Granted.class::isInstance).hasSize(1);
            assertThat(claims).filteredOn(Claim.InProgress.class::isInstance).hasSize(3);
        }
    }

    @Test
    void of_retries_taking_over_an_abandoned_claim_at_once_exactly_one_wins() throws Exception {
        List<IdempotencyKey> abandoned = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            abandoned.add(new IdempotencyKey(UUID.randomUUID().toString()));
            granted(requests.claim(caller, abandoned.getLast(), ONE));
        }
        clock.advance(TIMEOUT.plusSeconds(1));

        for (IdempotencyKey contested : abandoned) {
            List<Claim> claims = atOnce(4, () -> requests.claim(caller, contested, ONE));

            assertThat(claims).filteredOn(Claim.Granted.class::isInstance).hasSize(1);
            assertThat(claims).filteredOn(Claim.InProgress.class::isInstance).hasSize(3);
        }
    }

    @Test
    void an_answer_remembered_in_a_transaction_that_rolled_back_is_not_kept() {
        Claim.Granted claim = granted(claim(ONE));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    requests.remember(claim, CREATED);
                    throw new IllegalStateException("the work failed after its answer was remembered");
                }))
                .hasMessageContaining("the work failed");

        assertRefused(claim(ONE), Claim.InProgress.class, PlatformErrorCodes.CONFLICT);
        clock.advance(TIMEOUT.plusSeconds(1));
        assertThat(claim(ONE)).as("taken over, as after a crash").isInstanceOf(Claim.Granted.class);
    }

    @Test
    void a_claim_is_committed_at_once_even_inside_a_transaction_that_rolls_back() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    granted(claim(ONE));
                    throw new IllegalStateException("the caller's transaction failed");
                }))
                .hasMessageContaining("failed");

        assertRefused(claim(ONE), Claim.InProgress.class, PlatformErrorCodes.CONFLICT);
    }

    @Test
    void the_work_and_its_answer_commit_together_and_a_retry_gets_that_answer() {
        JdbcClient database = thingsTable();

        Answer answer = requests.answer(granted(claim(ONE)), () -> {
            database.sql("INSERT INTO answered_things (id) VALUES (?)")
                    .param(key.value())
                    .update();
            return CREATED;
        });

        assertThat(answer).isEqualTo(CREATED);
        assertThat(thingsUnder(database)).isEqualTo(1);
        assertThat(claim(ONE)).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void work_that_fails_leaves_nothing_and_frees_the_key_for_a_corrected_request() {
        JdbcClient database = thingsTable();

        assertThatThrownBy(() -> requests.answer(granted(claim(ONE)), () -> {
                    database.sql("INSERT INTO answered_things (id) VALUES (?)")
                            .param(key.value())
                            .update();
                    throw new IllegalStateException("the work failed after writing");
                }))
                .hasMessageContaining("the work failed");

        assertThat(thingsUnder(database)).isZero();
        assertThat(claim(OTHER)).isInstanceOf(Claim.Granted.class);
    }

    @Test
    void a_whole_request_does_its_work_once_replays_its_answer_and_refuses_another_body_under_its_key() {
        AtomicInteger done = new AtomicInteger();
        Supplier<Answer> work = () -> {
            done.incrementAndGet();
            return CREATED;
        };

        assertThat(requests.answerOnce(caller, key, ONE, work)).isEqualTo(CREATED);
        assertThat(requests.answerOnce(caller, key, ONE, work)).isEqualTo(CREATED);
        assertThatThrownBy(() -> requests.answerOnce(caller, key, OTHER, work))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo(PlatformErrorCodes.IDEMPOTENCY_KEY_REUSED));
        assertThat(done).hasValue(1);
    }

    /** A table of the work's own, written through the data source the transactions run on. */
    private JdbcClient thingsTable() {
        database.sql("CREATE TABLE IF NOT EXISTS answered_things (id VARCHAR(100) PRIMARY KEY)")
                .update();
        return database;
    }

    private int thingsUnder(JdbcClient database) {
        return database.sql("SELECT COUNT(*) FROM answered_things WHERE id = ?")
                .param(key.value())
                .query(Integer.class)
                .single();
    }

    private Claim claim(String fingerprint) {
        return requests.claim(caller, key, fingerprint);
    }

    private static Claim.Granted granted(Claim claim) {
        assertThat(claim).isInstanceOf(Claim.Granted.class);
        return (Claim.Granted) claim;
    }

    private static void assertRefused(Claim claim, Class<? extends Claim.Refused> outcome, ErrorCode code) {
        assertThat(claim).isInstanceOf(outcome);
        assertThat(((Claim.Refused) claim).problem().code()).isEqualTo(code);
    }

    /** Runs the same claim from several threads released together, as retries that arrive at the same moment. */
    private static List<Claim> atOnce(int requests, Callable<Claim> claim) throws Exception {
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int request = 0; request < requests; request++) {
                claims.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return claim.call();
                }));
            }
            List<Claim> done = new ArrayList<>();
            for (Future<Claim> pending : claims) {
                done.add(pending.get(30, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }
}
