package nl.werkbank.core.meetings;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.teams.MembershipRole;

/** Default preparation hours per role (e.g. the procesbegeleider prepares 2 hours), set in Instellingen. */
public final class PreparationDefaults {

    public static final BigDecimal MAX_HOURS = new BigDecimal("99.99");

    private final Clock clock;
    private final PreparationDefaultRepository defaults;

    public PreparationDefaults(Database db, Clock clock) {
        this.clock = clock;
        this.defaults = new PreparationDefaultRepository(db);
    }

    public Map<MembershipRole, BigDecimal> all() {
        Map<MembershipRole, BigDecimal> all = new EnumMap<>(MembershipRole.class);
        for (MembershipRole role : MembershipRole.values()) {
            all.put(role, BigDecimal.ZERO.setScale(2));
        }
        all.putAll(defaults.stored());
        return all;
    }

    public BigDecimal of(MembershipRole role) {
        return role == null ? BigDecimal.ZERO.setScale(2) : all().get(role);
    }

    public void set(MembershipRole role, BigDecimal hours) {
        validate("hours", hours);
        defaults.set(role, hours.setScale(2, java.math.RoundingMode.HALF_UP), clock.instant());
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
