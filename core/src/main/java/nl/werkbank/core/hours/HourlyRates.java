package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.storage.Database;

/** Optional hourly rates (euros per hour) per organisation or per organisation type; null removes a rate. */
public final class HourlyRates {

    private static final BigDecimal MAX = new BigDecimal("10000");

    private final Clock clock;
    private final HourlyRateRepository rates;

    public HourlyRates(Database db, Clock clock) {
        this.clock = clock;
        this.rates = new HourlyRateRepository(db);
    }

    public Optional<BigDecimal> ofOrganization(UUID organizationId) {
        return rates.ofOrganization(organizationId);
    }

    public Map<OrganizationType, BigDecimal> byType() {
        return rates.byType();
    }

    /** Each organisation's rate: its own, else the rate for its type, else none (no value shown). */
    Map<UUID, BigDecimal> effective(Collection<Organization> organizations) {
        Map<OrganizationType, BigDecimal> byType = rates.byType();
        Map<UUID, BigDecimal> result = new HashMap<>();
        for (Organization organization : organizations) {
            BigDecimal rate = byType.get(organization.type());
            if (rate != null) {
                result.put(organization.id(), rate);
            }
        }
        result.putAll(rates.byOrganization());
        return result;
    }

    public void setForOrganization(UUID organizationId, BigDecimal rate) {
        set(HourlyRateRepository.Key.ORGANIZATION, organizationId, rate);
    }

    public void setForType(OrganizationType type, BigDecimal rate) {
        set(HourlyRateRepository.Key.TYPE, type.name(), rate);
    }

    private void set(HourlyRateRepository.Key kind, Object key, BigDecimal rate) {
        if (rate != null && (rate.signum() < 0 || rate.compareTo(MAX) >= 0 || rate.stripTrailingZeros().scale() > 2)) {
            throw new ValidationException(Problem.of("rate", "error.rate.invalid"));
        }
        rates.replace(kind, key, rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP), clock.instant());
    }
}
