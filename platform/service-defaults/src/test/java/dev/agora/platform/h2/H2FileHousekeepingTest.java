package dev.agora.platform.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same outbox-like load (an order and its message in one transaction, the message marked sent in the next), at the
 * same pace, on two H2 files with the services' settings: the one kept by {@link H2FileHousekeeping} ends much
 * smaller, and holds every row after it is closed and opened again.
 */
class H2FileHousekeepingTest {

    /** Longer than the retention time, so that the chunks freed in the first seconds are written again. */
    static final Duration LOAD = Duration.ofSeconds(20);

    /** About 100 pairs (200 commits) a second: a busy service on a laptop. */
    static final int PAIRS_PER_TENTH_OF_A_SECOND = 10;

    /** Commits of about 2 MB each (a thousand rows of 2 KB): bigger than a busy round moves. */
    private static final int TWO_MEGABYTE_COMMITS = 15;

    private static final int ROWS_PER_COMMIT = 1_000;

    @TempDir
    Path directory;

    @Test
    void a_file_kept_by_the_housekeeping_stays_much_smaller_under_the_same_load_and_keeps_every_row() throws Exception {
        JdbcDataSource kept = database("kept");
        JdbcDataSource left = database("left");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        H2FileHousekeeping housekeeping = new H2FileHousekeeping(kept, meters);
        housekeeping.start();
        int pairs;
        try (Connection keptOpen = kept.getConnection();
                Connection leftOpen = left.getConnection()) {
            CompletableFuture<Integer> leftPairs = CompletableFuture.supplyAsync(() -> load(leftOpen));
            pairs = load(keptOpen);
            leftPairs.join();
            housekeeping.stop();
            long keptSize = Files.size(directory.resolve("kept.mv.db"));
            long leftSize = Files.size(directory.resolve("left.mv.db"));

            assertThat(keptSize)
                    .as("kept %d MB, left alone %d MB", keptSize >> 20, leftSize >> 20)
                    .isLessThan(leftSize / 2);
            assertThat(meters.get("agora.h2.housekeeping")
                            .tag("step", "rewrite")
                            .timer()
                            .count())
                    .as("rounds timed")
                    .isPositive();
        }

        try (Connection reopened = kept.getConnection();
                Statement statement = reopened.createStatement();
                ResultSet counts = statement.executeQuery(
                        "SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM outbox_messages"
                                + " WHERE sent_at IS NOT NULL)")) {
            counts.next();
            assertThat(counts.getInt(1)).isEqualTo(pairs);
            assertThat(counts.getInt(2)).isEqualTo(pairs);
        }
    }

    @Test
    void once_nothing_commits_a_file_of_chunks_bigger_than_a_busy_rounds_budget_is_cut_back_to_what_it_holds()
            throws Exception {
        JdbcDataSource database = database("quiet");
        Path file = directory.resolve("quiet.mv.db");
        try (Connection open = database.getConnection();
                Statement statement = open.createStatement()) {
            // Two tables written in commits of about 2 MB each, as a rewrite stores its pages; then the first is
            // dropped: its chunks are freed, those of the second (full, so no rewrite takes them) are past the holes.
            statement.execute("CREATE TABLE dropped (id INT PRIMARY KEY, payload BYTEA NOT NULL)");
            statement.execute("CREATE TABLE kept (id INT PRIMARY KEY, payload BYTEA NOT NULL)");
            fillInCommitsOfTwoMegabytes(open, "dropped");
            fillInCommitsOfTwoMegabytes(open, "kept");
            statement.execute("DROP TABLE dropped");
            long before = Files.size(file);

            H2FileHousekeeping housekeeping = new H2FileHousekeeping(database, new SimpleMeterRegistry());
            housekeeping.start();
            // A service at rest still commits now and then (a deadline sweep, a customer): H2 frees the dropped
            // table's chunks only once later versions are stored.
            AtomicInteger nextId = new AtomicInteger(-1);
            AtomicReference<SQLException> commitFailed = new AtomicReference<>();
            try (ScheduledExecutorService nowAndThen = Executors.newSingleThreadScheduledExecutor()) {
                nowAndThen.scheduleWithFixedDelay(
                        () -> insertOne(open, nextId.getAndDecrement(), commitFailed), 0, 1, TimeUnit.SECONDS);
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(250))
                        .untilAsserted(() -> assertThat(Files.size(file))
                                .as("%d MB before; a commit now and then failed: %s", before >> 20, commitFailed.get())
                                .isLessThan(before * 6 / 10));
            } finally {
                housekeeping.stop();
            }
        }
        try (Connection reopened = database.getConnection();
                Statement statement = reopened.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM kept")) {
            count.next();
            assertThat(count.getInt(1)).isGreaterThanOrEqualTo(TWO_MEGABYTE_COMMITS * ROWS_PER_COMMIT);
        }
    }

    /** One small commit; a failure is kept for the test to tell, and the next commits still come. */
    private static void insertOne(Connection connection, int id, AtomicReference<SQLException> failed) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kept VALUES (?, X'')")) {
            insert.setInt(1, id);
            insert.executeUpdate();
        } catch (SQLException failure) {
            failed.set(failure);
        }
    }

    private static void fillInCommitsOfTwoMegabytes(Connection connection, String table) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
            connection.setAutoCommit(false);
            byte[] payload = new byte[2_000];
            for (int commit = 0; commit < TWO_MEGABYTE_COMMITS; commit++) {
                for (int row = 0; row < ROWS_PER_COMMIT; row++) {
                    insert.setInt(1, commit * ROWS_PER_COMMIT + row);
                    insert.setBytes(2, payload);
                    insert.executeUpdate();
                }
                connection.commit();
            }
            connection.setAutoCommit(true);
        }
    }

    private JdbcDataSource database(String name) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve(name)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        dataSource.setUser("sa");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE orders (id UUID PRIMARY KEY, status VARCHAR(20) NOT NULL, total BIGINT NOT NULL);
                    CREATE TABLE outbox_messages (
                        sequence_number BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                        message_id UUID NOT NULL UNIQUE, topic VARCHAR(249) NOT NULL,
                        payload BYTEA NOT NULL, sent_at TIMESTAMP WITH TIME ZONE);
                    CREATE INDEX outbox_messages_unsent ON outbox_messages (sent_at, sequence_number);
                    """);
        }
        return dataSource;
    }

    /** Runs pairs of transactions on {@code connection} for {@link #LOAD}, at the pace above; how many. */
    private static int load(Connection connection) {
        try (PreparedStatement order = connection.prepareStatement("INSERT INTO orders VALUES (?, 'PLACED', 4200)");
                PreparedStatement message = connection.prepareStatement(
                        "INSERT INTO outbox_messages (message_id, topic, payload) VALUES (?, 'orders.events', ?)");
                PreparedStatement sent = connection.prepareStatement(
                        "UPDATE outbox_messages SET sent_at = CURRENT_TIMESTAMP WHERE message_id = ?")) {
            connection.setAutoCommit(false);
            byte[] payload = new byte[200];
            long end = System.nanoTime() + LOAD.toNanos();
            int pairs = 0;
            while (System.nanoTime() - end < 0) {
                UUID messageId = UUID.randomUUID();
                order.setObject(1, UUID.randomUUID());
                order.executeUpdate();
                message.setObject(1, messageId);
                message.setBytes(2, payload);
                message.executeUpdate();
                connection.commit();
                sent.setObject(1, messageId);
                sent.executeUpdate();
                connection.commit();
                if (++pairs % PAIRS_PER_TENTH_OF_A_SECOND == 0) {
                    Thread.sleep(100); // the pace of the load, not a wait for something to happen
                }
            }
            return pairs;
        } catch (SQLException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
