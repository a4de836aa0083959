package dev.agora.users.adapter.out.persistence;

import dev.agora.users.domain.NotificationPreferences;
import dev.agora.users.domain.Profile;
import dev.agora.users.domain.ProfilePage;
import dev.agora.users.domain.Profiles;
import dev.agora.users.domain.StaleVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcProfiles implements Profiles {

    private static final String COLUMNS =
            "customer_id, email, display_name, locale, order_updates_by_mail, offers_by_mail, version, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcProfiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Profile> find(UUID customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profiles WHERE customer_id = ?")
                .param(customerId)
                .query(JdbcProfiles::profile)
                .optional();
    }

    @Override
    @Transactional
    public Profile open(Profile opened) {
        jdbc.sql("""
                        INSERT INTO profiles (customer_id, email, display_name, locale, order_updates_by_mail,
                                              offers_by_mail, version, created_at, updated_at)
                        VALUES (:id, :email, :name, :locale, :orderUpdates, :offers, 1, :at, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", opened.customerId())
                .param("email", opened.email())
                .param("name", opened.displayName())
                .param("locale", opened.locale())
                .param("orderUpdates", opened.preferences().orderUpdatesByMail())
                .param("offers", opened.preferences().offersByMail())
                .param("at", Timestamp.from(opened.createdAt()))
                .update();
        if (opened.email() != null && opened.displayName() != null) {
            // Opened earlier at its customer's first request: it gets what the account says, and a new version.
            jdbc.sql("""
                            UPDATE profiles
                            SET email = COALESCE(email, :email), display_name = COALESCE(display_name, :name),
                                version = version + 1, updated_at = :now
                            WHERE customer_id = :id AND (email IS NULL OR display_name IS NULL)""")
                    .param("id", opened.customerId())
                    .param("email", opened.email())
                    .param("name", opened.displayName())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        return find(opened.customerId()).orElseThrow();
    }

    @Override
    public void erase(UUID customerId) {
        jdbc.sql("DELETE FROM addresses WHERE customer_id = ?")
                .param(customerId)
                .update();
        jdbc.sql("DELETE FROM profiles WHERE customer_id = ?").param(customerId).update();
    }

    @Override
    public Profile save(Profile changed, long expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE profiles
                        SET display_name = :name, locale = :locale, order_updates_by_mail = :orderUpdates,
                            offers_by_mail = :offers, version = version + 1, updated_at = :now
                        WHERE customer_id = :id AND version = :expected""")
                .param("id", changed.customerId())
                .param("name", changed.displayName())
                .param("locale", changed.locale())
                .param("orderUpdates", changed.preferences().orderUpdatesByMail())
                .param("offers", changed.preferences().offersByMail())
                .param("now", Timestamp.from(clock.instant()))
                .param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            throw new StaleVersion("profile");
        }
        return find(changed.customerId()).orElseThrow();
    }

    @Override
    public void lock(UUID customerId) {
        jdbc.sql("SELECT customer_id FROM profiles WHERE customer_id = ? FOR UPDATE")
                .param(customerId)
                .query(UUID.class)
                .optional();
    }

    @Override
    public ProfilePage search(@Nullable String query, int page, int size) {
        String where = query == null ? "" : " WHERE LOWER(email) LIKE :pattern OR LOWER(display_name) LIKE :pattern";
        String pattern = query == null ? "" : "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%";
        long total = bind(jdbc.sql("SELECT COUNT(*) FROM profiles" + where), query, pattern)
                .query(Long.class)
                .single();
        var items = bind(
                        jdbc.sql("SELECT " + COLUMNS + " FROM profiles" + where
                                + " ORDER BY email, customer_id LIMIT :limit OFFSET :offset"),
                        query,
                        pattern)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcProfiles::profile)
                .list();
        return new ProfilePage(items, page, size, total);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, @Nullable String query, String pattern) {
        return query == null ? statement : statement.param("pattern", pattern);
    }

    /** LIKE's wildcards typed by an admin are searched as characters (the default escape is the backslash). */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Profile profile(ResultSet row, int rowNumber) throws SQLException {
        return new Profile(
                row.getObject("customer_id", UUID.class),
                row.getString("email"),
                row.getString("display_name"),
                row.getString("locale"),
                new NotificationPreferences(row.getBoolean("order_updates_by_mail"), row.getBoolean("offers_by_mail")),
                row.getLong("version"),
                row.getTimestamp("created_at").toInstant());
    }
}
