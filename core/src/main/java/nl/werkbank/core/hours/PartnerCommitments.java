package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.Partnership;
import nl.werkbank.core.people.PartnershipTerms;

/**
 * What partners committed to in a period against what they delivered. A commitment is hours per year; a period gets
 * a twelfth of it for every month its partner periods cover (a part of a month by its days), so a half-year of a
 * partner of the whole year gets exactly half.
 */
public final class PartnerCommitments {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final OrganizationService organizations;

    public PartnerCommitments(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** What one partner committed to for a period: hours (null: nothing agreed) and its themes (null: none). */
    public record Commitment(BigDecimal hours, String themes) {
    }

    /** The commitment of each organisation for the period, by organisation id (those with a partner period in it). */
    public Map<UUID, Commitment> of(Period period, List<OrganizationHours> partners) {
        Map<UUID, Commitment> result = new LinkedHashMap<>();
        for (OrganizationHours partner : partners) {
            BigDecimal committed = null;
            Set<String> themes = new LinkedHashSet<>();
            for (Partnership partnership : organizations.partnerships(partner.organizationId())) {
                LocalDate start = max(partnership.from(), period.from());
                LocalDate end = partnership.to() == null ? period.to() : min(partnership.to(), period.to());
                if (end.isBefore(start)) {
                    continue;
                }
                PartnershipTerms terms = organizations.terms(partnership.id());
                if (terms.themes() != null) {
                    themes.add(terms.themes());
                }
                if (terms.committedHoursPerYear() != null) {
                    BigDecimal share = proRata(terms.committedHoursPerYear(), start, end);
                    committed = committed == null ? share : committed.add(share);
                }
            }
            result.put(partner.organizationId(), new Commitment(committed == null ? null : committed.setScale(2, RoundingMode.HALF_UP),
                    themes.isEmpty() ? null : String.join("; ", themes)));
        }
        return result;
    }

    /** {@code perYear} for the days {@code start..end}: a twelfth per whole month, a part of a month by its days. */
    static BigDecimal proRata(BigDecimal perYear, LocalDate start, LocalDate end) {
        BigDecimal months = BigDecimal.ZERO;
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            LocalDate first = max(month.atDay(1), start);
            LocalDate last = min(month.atEndOfMonth(), end);
            long days = last.toEpochDay() - first.toEpochDay() + 1;
            months = months.add(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(month.lengthOfMonth()), 10, RoundingMode.HALF_UP));
        }
        return perYear.multiply(months).divide(TWELVE, 2, RoundingMode.HALF_UP);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
