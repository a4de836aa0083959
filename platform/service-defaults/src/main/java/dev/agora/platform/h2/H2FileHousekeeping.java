package dev.agora.platform.h2;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.RandomAccessStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps an H2 file database from growing without end while the service runs. With {@code WRITE_DELAY=0} (ADR 0012)
 * each commit writes a chunk of its own to the file and H2 runs no background thread: nothing rewrites the chunks
 * that keep a few live pages, and a chunk no longer used waits out H2's retention time (45 s after it was written)
 * before its space is used again. At a few hundred commits a second the file grew by gigabytes.
 *
 * <p>Four times a second this flushes the file to the disk, then rewrites the live pages of the emptiest chunks and
 * moves chunks into the holes before the file's end, each round within a bounded size (larger for moves when nothing
 * committed since the last round, as at rest); the retention time is lowered to {@link #RETENTION}. So that a
 * chunk's space is written again only once the chunks that replaced it are on the disk, each round holds the store's
 * current version until the next round's flush: H2 overwrites no chunk left unused by a version it is asked to keep.
 *
 * <p>Only the process that has the file open does it: with {@code AUTO_SERVER}, the others reach the file through that
 * one (after a failover, the new owner's pooled connections stay remote until the pool renews them).
 */
public final class H2FileHousekeeping implements SmartLifecycle {

    static final Duration INTERVAL = Duration.ofMillis(250);

    static final Duration RETENTION = Duration.ofSeconds(5);

    /** Chunks are rewritten while, on average, less than this share of them is live. */
    private static final int TARGET_CHUNK_FILL_PERCENT = 50;

    /** Chunks are moved towards the file's start, to cut it shorter, while less than this share of it is chunks. */
    private static final int TARGET_FILE_FILL_PERCENT = 90;

    /** At most this much is rewritten, and as much moved, in one round: commits wait meanwhile. */
    private static final int BYTES_PER_ROUND = 1 << 20;

    /**
     * A round after which nothing committed moves up to this much: a chunk bigger than a busy round's budget (a rewrite
     * stores its pages as one chunk of a megabyte or more) can be moved only so. A commit that comes meanwhile waits.
     */
    private static final int IDLE_MOVE_BYTES = 16 << 20;

    private static final Logger log = LoggerFactory.getLogger(H2FileHousekeeping.class);

    private final DataSource dataSource;
    private final Timer flushes;
    private final Timer rewrites;
    private final Timer moves;
    private @Nullable ScheduledExecutorService rounds;
    private volatile boolean stopping;

    /** The version the last round holds; only the rounds' thread touches it. */
    private @Nullable Hold held;

    /** The store and its version when the last round ended: the same at the next round's start, nothing committed. */
    private @Nullable StoreVersion lastRoundEnded;

    private @Nullable Boolean keeping;
    private @Nullable String lastFailure;

    public H2FileHousekeeping(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.flushes = step("flush", meters);
        this.rewrites = step("rewrite", meters);
        this.moves = step("move", meters);
    }

    private static Timer step(String name, MeterRegistry meters) {
        return Timer.builder("agora.h2.housekeeping")
                .description("A step of a round of the H2 file's housekeeping; commits wait for rewrites and moves")
                .tag("step", name)
                .register(meters);
    }

    @Override
    public synchronized void start() {
        stopping = false;
        rounds = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("h2-housekeeping").daemon().factory());
        rounds.scheduleWithFixedDelay(
                this::roundLoggingFailure, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets a round under way finish: interrupting a file operation would make H2 close the store. */
    @Override
    public synchronized void stop() {
        stopping = true;
        ScheduledExecutorService running = Objects.requireNonNull(rounds);
        running.shutdown();
        try {
            if (running.awaitTermination(10, TimeUnit.SECONDS)) {
                release();
            }
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
            MVStore store = connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                    ? session.getDatabase().getStore().getMvStore()
                    : null;
            keeping(store != null);
            if (store == null || store.isClosed() || store.getFileStore() == null) {
                return;
            }
            boolean idle = new StoreVersion(store, store.getCurrentVersion()).equals(lastRoundEnded);
            MVStore.TxCounter version = store.registerVersionUsage();
            try {
                flushes.record(store::sync);
            } catch (RuntimeException failure) {
                store.deregisterVersionUsage(version); // not flushed: the last round's hold stays
                throw failure;
            }
            release();
            held = new Hold(store, version);
            store.setRetentionTime((int) RETENTION.toMillis());
            rewrites.record(() -> store.compact(TARGET_CHUNK_FILL_PERCENT, BYTES_PER_ROUND));
            // H2 checks the fill rate too, but only once it holds the store's lock, which commits wait for: asked
            // first, a full file costs them nothing and times no move.
            if (store.getFileStore() instanceof RandomAccessStore file
                    && file.getFillRate() < TARGET_FILE_FILL_PERCENT) {
                long moving = idle ? IDLE_MOVE_BYTES : BYTES_PER_ROUND;
                moves.record(() -> file.compactMoveChunks(TARGET_FILE_FILL_PERCENT, moving, store));
            }
            lastRoundEnded = new StoreVersion(store, store.getCurrentVersion());
        }
    }

    /** Lets H2 overwrite the chunks left unused by the version the last round held: a flush has passed since. */
    private void release() {
        if (held != null && !held.store().isClosed()) {
            held.store().deregisterVersionUsage(held.version());
        }
        held = null;
    }

    private void keeping(boolean now) {
        if (keeping == null || keeping != now) {
            log.info(
                    now
                            ? "Keeping the H2 file: flushed every {} ms, compacted as it goes"
                            : "Not keeping the H2 file: another process has it open (every {} ms this looks again)",
                    INTERVAL.toMillis());
            keeping = now;
        }
    }

    private void roundLoggingFailure() {
        if (stopping) {
            return;
        }
        try {
            round();
            lastFailure = null;
        } catch (MVStoreException closed) {
            if (closed.getErrorCode() != DataUtils.ERROR_CLOSED) {
                logOnce(closed);
            }
        } catch (SQLException | RuntimeException | LinkageError failure) {
            // A LinkageError too: an H2 upgrade that moved what this reaches must be told, not end the rounds silently.
            logOnce(failure);
        }
    }

    /** A failure at every round would fill the log: each kind is logged when it first comes. */
    private void logOnce(Throwable failure) {
        String kind = failure.getClass().getName() + ": " + failure.getMessage();
        if (!kind.equals(lastFailure)) {
            log.warn("H2 housekeeping round failed; the next one is in {} ms", INTERVAL.toMillis(), failure);
            lastFailure = kind;
        }
    }

    /** A store's version held by a round, so that H2 keeps the chunks left unused since. */
    private record Hold(MVStore store, MVStore.TxCounter version) {}

    /** A store (compared by identity) and one of its versions. */
    private record StoreVersion(MVStore store, long version) {}
}
