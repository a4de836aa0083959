package dev.agora.users.adapter.out.persistence;

import dev.agora.users.domain.Address;
import dev.agora.users.domain.AddressDetails;
import dev.agora.users.domain.Addresses;
import dev.agora.users.domain.StaleVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAddresses implements Addresses {

    private static final String COLUMNS = "id, customer_id, label, recipient, line1, line2, postal_code, city, country,"
            + " is_default, version, created_at";

    private final JdbcClient jdbc;

    JdbcAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Address> of(UUID customerId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM addresses WHERE customer_id = ? ORDER BY is_default DESC, created_at, id")
                .param(customerId)
                .query(JdbcAddresses::address)
                .list();
    }

    @Override
    public Optional<Address> find(UUID customerId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM addresses WHERE customer_id = ? AND id = ?")
                .params(customerId, id)
                .query(JdbcAddresses::address)
                .optional();
    }

    @Override
    public void add(Address address) {
        withDetails(jdbc.sql("""
                                INSERT INTO addresses (id, customer_id, label, recipient, line1, line2, postal_code,
                                                       city, country, is_default, version, created_at)
                                VALUES (:id, :customer, :label, :recipient, :line1, :line2, :postalCode, :city,
                                        :country, :isDefault, :version, :createdAt)"""), address.details())
                .param("id", address.id())
                .param("customer", address.customerId())
                .param("isDefault", address.isDefault())
                .param("version", address.version())
                .param("createdAt", Timestamp.from(address.createdAt()))
                .update();
    }

    @Override
    public Address replace(Address changed, long expectedVersion) {
        int updated = withDetails(jdbc.sql("""
                                UPDATE addresses
                                SET label = :label, recipient = :recipient, line1 = :line1, line2 = :line2,
                                    postal_code = :postalCode, city = :city, country = :country,
                                    version = version + 1
                                WHERE id = :id AND customer_id = :customer AND version = :expected"""), changed.details())
                .param("id", changed.id())
                .param("customer", changed.customerId())
                .param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            throw new StaleVersion("address");
        }
        return find(changed.customerId(), changed.id()).orElseThrow();
    }

    @Override
    public void remove(Address address, long expectedVersion) {
        int removed = jdbc.sql("DELETE FROM addresses WHERE id = ? AND customer_id = ? AND version = ?")
                .params(address.id(), address.customerId(), expectedVersion)
                .update();
        if (removed == 0) {
            throw new StaleVersion("address");
        }
    }

    @Override
    public void makeDefault(UUID customerId, UUID id) {
        // Each address whose flag flips is one version on: its representation changed.
        jdbc.sql("""
                        UPDATE addresses SET is_default = (id = :id), version = version + 1
                        WHERE customer_id = :customer AND is_default <> (id = :id)""").param("id", id).param("customer", customerId).update();
    }

    private static JdbcClient.StatementSpec withDetails(JdbcClient.StatementSpec statement, AddressDetails details) {
        return statement
                .param("label", details.label())
                .param("recipient", details.recipient())
                .param("line1", details.line1())
                .param("line2", details.line2())
                .param("postalCode", details.postalCode())
                .param("city", details.city())
                .param("country", details.country());
    }

    private static Address address(ResultSet row, int rowNumber) throws SQLException {
        return new Address(
                row.getObject("id", UUID.class),
                row.getObject("customer_id", UUID.class),
                new AddressDetails(
                        row.getString("label"),
                        row.getString("recipient"),
                        row.getString("line1"),
                        row.getString("line2"),
                        row.getString("postal_code"),
                        row.getString("city"),
                        row.getString("country")),
                row.getBoolean("is_default"),
                row.getLong("version"),
                row.getTimestamp("created_at").toInstant());
    }
}
