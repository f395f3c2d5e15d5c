package nl.werkbank.core.meetings;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.teams.MembershipRole;

/** Default preparation hours per role (e.g. the procesbegeleider prepares 2 hours), set in Instellingen. */
public final class PreparationDefaults {

    public static final BigDecimal MAX_HOURS = new BigDecimal("99.99");

    private final Database db;
    private final Clock clock;

    public PreparationDefaults(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Map<MembershipRole, BigDecimal> all() {
        return db.transaction(c -> {
            Map<MembershipRole, BigDecimal> defaults = new EnumMap<>(MembershipRole.class);
            for (MembershipRole role : MembershipRole.values()) {
                defaults.put(role, BigDecimal.ZERO.setScale(2));
            }
            for (var entry : Sql.list(c, "SELECT role, hours FROM preparation_default",
                    row -> Map.entry(row.getString("role"), row.getBigDecimal("hours")))) {
                defaults.put(MembershipRole.valueOf(entry.getKey()), entry.getValue());
            }
            return defaults;
        });
    }

    public BigDecimal of(MembershipRole role) {
        return role == null ? BigDecimal.ZERO.setScale(2) : all().get(role);
    }

    public void set(MembershipRole role, BigDecimal hours) {
        validate("hours", hours);
        db.transaction(c -> Sql.update(c, "MERGE INTO preparation_default (role, hours, updated_at) KEY (role) VALUES (?, ?, ?)",
                role, hours.setScale(2, java.math.RoundingMode.HALF_UP), clock.instant()));
    }

    /** Preparation hours are a number of hours between 0 and 99.99, at most two decimals. */
    public static void validate(String field, BigDecimal hours) {
        if (hours == null || hours.signum() < 0) {
            throw new ValidationException(Problem.of(field, "travel".equals(field) ? "error.travel.negative" : "error.preparation.negative"));
        }
        if (hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(Problem.of(field, "error.preparation.range"));
        }
    }
}
