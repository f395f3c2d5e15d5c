package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** SQL for hourly rates; each call joins the caller's transaction. */
final class HourlyRateRepository {

    /** The two kinds of key a rate has: an organisation or an organisation type. */
    enum Key {
        ORGANIZATION("organization_id"), TYPE("organization_type");

        private final String column;

        Key(String column) {
            this.column = column;
        }
    }

    private final Database db;

    HourlyRateRepository(Database db) {
        this.db = db;
    }

    Optional<BigDecimal> ofOrganization(UUID organizationId) {
        return db.transaction(c -> Sql.one(c, "SELECT rate FROM hourly_rate WHERE organization_id = ?",
                row -> row.getBigDecimal(1), organizationId));
    }

    /** The organisations' own rates. */
    Map<UUID, BigDecimal> byOrganization() {
        return db.transaction(c -> {
            Map<UUID, BigDecimal> rates = new HashMap<>();
            Sql.list(c, "SELECT organization_id, rate FROM hourly_rate WHERE organization_id IS NOT NULL",
                    r -> rates.put(Sql.uuid(r, "organization_id"), r.getBigDecimal("rate")));
            return rates;
        });
    }

    Map<OrganizationType, BigDecimal> byType() {
        return db.transaction(c -> {
            Map<OrganizationType, BigDecimal> rates = new EnumMap<>(OrganizationType.class);
            for (var row : Sql.list(c, "SELECT organization_type, rate FROM hourly_rate WHERE organization_type IS NOT NULL",
                    r -> Map.entry(OrganizationType.valueOf(r.getString(1)), r.getBigDecimal(2)))) {
                rates.put(row.getKey(), row.getValue());
            }
            return rates;
        });
    }

    /** Replaces the rate for {@code key} ({@code rate} null: removes it). */
    void replace(Key kind, Object key, BigDecimal rate, Instant now) {
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM hourly_rate WHERE " + kind.column + " = ?", key);
            if (rate != null) {
                Sql.update(c, "INSERT INTO hourly_rate (id, " + kind.column + ", rate, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                        UUID.randomUUID(), key, rate, now, now);
            }
            return null;
        });
    }
}
