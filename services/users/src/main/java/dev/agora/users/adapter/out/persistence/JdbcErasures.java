package dev.agora.users.adapter.out.persistence;

import dev.agora.users.domain.Erasure;
import dev.agora.users.domain.ErasurePage;
import dev.agora.users.domain.Erasures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcErasures implements Erasures {

    private final JdbcClient jdbc;

    JdbcErasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean start(Erasure erasure, UUID customerId) {
        return jdbc.sql("""
                        INSERT INTO erasures (id, customer_key, requested_at)
                        VALUES (:id, :key, :at)
                        ON CONFLICT DO NOTHING""")
                        .param("id", erasure.id())
                        .param("key", keyOf(customerId))
                        .param("at", Timestamp.from(erasure.requestedAt()))
                        .update()
                == 1;
    }

    @Override
    public Optional<Erasure> find(UUID erasureId) {
        return jdbc.sql("SELECT id, requested_at, completed_at FROM erasures WHERE id = ?")
                .param(erasureId)
                .query(JdbcErasures::erasure)
                .optional()
                .map(this::withConfirmations);
    }

    @Override
    public Optional<Erasure> ofCustomer(UUID customerId) {
        return jdbc.sql("SELECT id, requested_at, completed_at FROM erasures WHERE customer_key = ?")
                .param(keyOf(customerId))
                .query(JdbcErasures::erasure)
                .optional()
                .map(this::withConfirmations);
    }

    @Override
    public boolean confirm(UUID erasureId, String service, Instant erasedAt) {
        boolean known = jdbc.sql("SELECT id FROM erasures WHERE id = ? FOR UPDATE")
                .param(erasureId)
                .query(UUID.class)
                .optional()
                .isPresent();
        return known
                && jdbc.sql("""
                                INSERT INTO erasure_confirmations (erasure_id, service, erased_at)
                                VALUES (:id, :service, :at)
                                ON CONFLICT DO NOTHING""")
                                .param("id", erasureId)
                                .param("service", service)
                                .param("at", Timestamp.from(erasedAt))
                                .update()
                        == 1;
    }

    @Override
    public void complete(UUID erasureId, Instant at) {
        jdbc.sql("UPDATE erasures SET completed_at = ? WHERE id = ?")
                .params(Timestamp.from(at), erasureId)
                .update();
    }

    @Override
    public ErasurePage inStatus(Erasure.Status status, Instant overdueBefore, int page, int size) {
        String where = switch (status) {
            case COMPLETED -> "completed_at IS NOT NULL";
            case OVERDUE -> "completed_at IS NULL AND requested_at < :cutoff";
            case IN_PROGRESS -> "completed_at IS NULL AND requested_at >= :cutoff";
        };
        long total = jdbc.sql("SELECT COUNT(*) FROM erasures WHERE " + where)
                .params(Map.of("cutoff", Timestamp.from(overdueBefore)))
                .query(Long.class)
                .single();
        List<Erasure> items = jdbc
                .sql("SELECT id, requested_at, completed_at FROM erasures WHERE " + where
                        + " ORDER BY requested_at, id LIMIT :limit OFFSET :offset")
                .params(Map.of("cutoff", Timestamp.from(overdueBefore), "limit", size, "offset", (long) page * size))
                .query(JdbcErasures::erasure)
                .list()
                .stream()
                .map(this::withConfirmations)
                .toList();
        return new ErasurePage(items, page, size, total);
    }

    @Override
    public long countIncompleteSince(Instant before) {
        return jdbc.sql("SELECT COUNT(*) FROM erasures WHERE completed_at IS NULL AND requested_at < ?")
                .param(Timestamp.from(before))
                .query(Long.class)
                .single();
    }

    private static Erasure erasure(ResultSet row, int rowNumber) throws SQLException {
        return new Erasure(
                row.getObject("id", UUID.class),
                row.getTimestamp("requested_at").toInstant(),
                instant(row.getTimestamp("completed_at")),
                Map.of());
    }

    private Erasure withConfirmations(Erasure erasure) {
        Map<String, Instant> confirmations = new HashMap<>();
        jdbc.sql("SELECT service, erased_at FROM erasure_confirmations WHERE erasure_id = ?")
                .param(erasure.id())
                .query(row -> {
                    confirmations.put(
                            row.getString("service"),
                            row.getTimestamp("erased_at").toInstant());
                });
        return new Erasure(erasure.id(), erasure.requestedAt(), erasure.completedAt(), confirmations);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The one-way key a customer is found by: SHA-256 of their account id. */
    private static String keyOf(UUID customerId) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(customerId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
