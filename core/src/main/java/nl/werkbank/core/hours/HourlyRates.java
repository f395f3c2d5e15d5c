package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** Optional hourly rates (euros per hour) per organisation or per organisation type; null removes a rate. */
public final class HourlyRates {

    private static final BigDecimal MAX = new BigDecimal("10000");

    private final Database db;
    private final Clock clock;

    public HourlyRates(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<BigDecimal> ofOrganization(UUID organizationId) {
        return db.transaction(c -> Sql.one(c, "SELECT rate FROM hourly_rate WHERE organization_id = ?",
                row -> row.getBigDecimal(1), organizationId));
    }

    public Map<OrganizationType, BigDecimal> byType() {
        return db.transaction(c -> {
            Map<OrganizationType, BigDecimal> rates = new EnumMap<>(OrganizationType.class);
            for (var row : Sql.list(c, "SELECT organization_type, rate FROM hourly_rate WHERE organization_type IS NOT NULL",
                    r -> Map.entry(OrganizationType.valueOf(r.getString(1)), r.getBigDecimal(2)))) {
                rates.put(row.getKey(), row.getValue());
            }
            return rates;
        });
    }

    public void setForOrganization(UUID organizationId, BigDecimal rate) {
        set("organization_id", organizationId, rate);
    }

    public void setForType(OrganizationType type, BigDecimal rate) {
        set("organization_type", type.name(), rate);
    }

    private void set(String column, Object key, BigDecimal rate) {
        if (rate != null && (rate.signum() < 0 || rate.compareTo(MAX) >= 0 || rate.stripTrailingZeros().scale() > 2)) {
            throw new ValidationException(Problem.of("rate", "error.rate.invalid"));
        }
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM hourly_rate WHERE " + column + " = ?", key);
            if (rate != null) {
                Sql.update(c, "INSERT INTO hourly_rate (id, " + column + ", rate, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                        UUID.randomUUID(), key, rate.setScale(2, RoundingMode.HALF_UP), clock.instant(), clock.instant());
            }
            return null;
        });
    }
}
