package dev.agora.platform.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps an H2 file database from growing without end while the service runs. With {@code WRITE_DELAY=0} (ADR 0012)
 * each commit writes a chunk of its own to the file and H2 runs no background thread: nothing rewrites the chunks
 * that keep a few live pages, and a chunk no longer used waits out H2's retention time (45 s, for a disk that may
 * not have written the newer ones yet) before its space is used again. At a few hundred commits a second the file
 * grew by gigabytes.
 *
 * <p>Every second this flushes the file to the disk, so that a chunk unused for longer than {@link #RETENTION} has a
 * flush after it and is safe to overwrite (the retention time is lowered to that), then rewrites the live pages of
 * the emptiest chunks and moves chunks into the holes before the file's end, each round within a bounded size. Only
 * the process that has the file open does it: with {@code AUTO_SERVER}, the others reach it through that one.
 */
public final class H2FileHousekeeping implements SmartLifecycle {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    /** Five flushes at least after a chunk is no longer used before its space is written again. */
    static final Duration RETENTION = Duration.ofSeconds(5);

    /** Chunks are rewritten while, on average, less than this share of them is live. */
    private static final int TARGET_CHUNK_FILL_PERCENT = 50;

    /** Chunks are moved towards the file's start while less than this share of the file is in chunks. */
    private static final int TARGET_FILE_FILL_PERCENT = 90;

    /** At most this much is rewritten, and as much moved, in one round: the store waits meanwhile. */
    private static final int BYTES_PER_ROUND = 4 << 20;

    private static final Logger log = LoggerFactory.getLogger(H2FileHousekeeping.class);

    private final DataSource dataSource;
    private ScheduledExecutorService rounds;

    public H2FileHousekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void start() {
        rounds = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("h2-housekeeping").daemon().factory());
        rounds.scheduleWithFixedDelay(
                this::roundLoggingFailure, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        rounds.shutdown();
        try {
            rounds.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        rounds = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return rounds != null;
    }

    /** Flushes the file, then rewrites and moves chunks, if this process has the database open. */
    void round() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                return;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            if (store.isClosed() || store.getFileStore() == null) {
                return;
            }
            store.sync();
            store.setRetentionTime((int) RETENTION.toMillis());
            store.compact(TARGET_CHUNK_FILL_PERCENT, BYTES_PER_ROUND);
            if (store.getFileStore() instanceof RandomAccessStore file) {
                file.compactMoveChunks(TARGET_FILE_FILL_PERCENT, BYTES_PER_ROUND, store);
            }
        }
    }

    private void roundLoggingFailure() {
        try {
            round();
        } catch (SQLException | RuntimeException failure) {
            log.warn("H2 housekeeping round failed; the next one is in {}", INTERVAL, failure);
        }
    }
}
