package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.common.DateRange;

/**
 * Groups a period's lines and cash into the overview's rows: one per partner, Overig with its breakdown, and
 * the visitors and lines without an organisation. The lines are added one at a time and only their sums are
 * kept, so a period of any length fits in a small heap.
 */
final class HoursAggregation {

    private final Period period;
    private final HourRules rules;
    private final Map<UUID, List<DateRange>> partnerships;
    private final Map<UUID, BigDecimal> rates;
    private final List<HoursService.CashRow> cash;
    private final Map<UUID, String> names;
    /** Per organisation that was a partner on the line's date. */
    private final Map<UUID, Sums> partnerLines = new HashMap<>();
    /** Per organisation that was not a partner on the line's date (Overig's breakdown). */
    private final Map<UUID, Sums> otherLines = new HashMap<>();
    /** Organisations of Overig that brought hours, in order of first appearance. */
    private final Set<UUID> overigOrganizations = new LinkedHashSet<>();
    private final Sums overig = new Sums();
    private final Sums noOrganization = new Sums();
    private final Sums visitors = new Sums();
    private boolean noOrganizationHours;
    private int count;
    private BigDecimal linesTotal = HoursService.ZERO;

    HoursAggregation(Period period, HourRules rules, Map<UUID, List<DateRange>> partnerships, Map<UUID, BigDecimal> rates,
                     List<HoursService.CashRow> cash, Map<UUID, String> names) {
        this.period = period;
        this.rules = rules;
        this.partnerships = partnerships;
        this.rates = rates;
        this.cash = cash;
        this.names = names;
    }

    void add(HoursLine line) {
        count++;
        linesTotal = linesTotal.add(line.totalHours());
        boolean hours = line.totalHours().signum() != 0;
        if (line.partner()) {
            partnerLines.computeIfAbsent(line.organizationId(), k -> new Sums()).add(line);
            return;
        }
        overig.add(line);
        if (line.organizationId() != null) {
            otherLines.computeIfAbsent(line.organizationId(), k -> new Sums()).add(line);
            // Only who brought hours (or money): absent and not-yet-filled-in lines would only clutter Overig.
            if (hours) {
                overigOrganizations.add(line.organizationId());
            }
        } else if (line.isHeadcount()) {
            visitors.add(line);
        } else {
            noOrganization.add(line);
            noOrganizationHours |= hours;
        }
    }

    /** The overview of the lines added; {@code lines} is what it holds (null for a streamed one). */
    HoursOverview overview(List<HoursLine> lines) {
        List<OrganizationHours> partners = new ArrayList<>();
        for (UUID organization : partnersInPeriod()) {
            partners.add(row(OrganizationHours.Kind.ORGANIZATION, organization, names.get(organization), true,
                    partnerLines.get(organization), c -> c.partner() && organization.equals(c.organizationId())));
        }
        partners.sort(Comparator.comparing(OrganizationHours::name, String.CASE_INSENSITIVE_ORDER));
        List<OrganizationHours> breakdown = new ArrayList<>();
        Set<UUID> breakdownOrganizations = new LinkedHashSet<>(overigOrganizations);
        cash.stream().filter(c -> !c.partner()).forEach(c -> breakdownOrganizations.add(c.organizationId()));
        for (UUID organization : breakdownOrganizations) {
            breakdown.add(row(OrganizationHours.Kind.ORGANIZATION, organization, names.get(organization), false,
                    otherLines.get(organization), c -> !c.partner() && organization.equals(c.organizationId())));
        }
        breakdown.sort(Comparator.comparing(OrganizationHours::name, String.CASE_INSENSITIVE_ORDER));
        if (noOrganizationHours) {
            breakdown.add(row(OrganizationHours.Kind.NO_ORGANIZATION, null, null, false, noOrganization, c -> false));
        }
        if (visitors.lines > 0) {
            breakdown.add(row(OrganizationHours.Kind.VISITORS, null, null, false, visitors, c -> false));
        }
        OrganizationHours overigRow = row(OrganizationHours.Kind.OVERIG, null, null, false, overig, c -> !c.partner());
        BigDecimal overigValue = breakdown.stream().map(OrganizationHours::valueEuros).filter(Objects::nonNull)
                .reduce(null, (a, b) -> a == null ? b : a.add(b));
        overigRow = new OrganizationHours(overigRow.kind(), null, null, false, overigRow.people(), overigRow.meetings(),
                overigRow.meetingHours(), overigRow.preparationHours(), overigRow.travelHours(), overigValue, overigRow.cash());
        return new HoursOverview(period, rules, lines == null ? null : List.copyOf(lines), count, linesTotal, List.copyOf(partners),
                overigRow, List.copyOf(breakdown));
    }

    /** Organisations that were a partner on at least one day of the period, in order of first appearance. */
    private List<UUID> partnersInPeriod() {
        DateRange range = new DateRange(period.from(), period.to());
        List<UUID> result = new ArrayList<>();
        partnerships.forEach((organization, ranges) -> {
            if (ranges.stream().anyMatch(r -> r.overlaps(range))) {
                result.add(organization);
            }
        });
        return result;
    }

    private OrganizationHours row(OrganizationHours.Kind kind, UUID organization, String name, boolean partner, Sums sums,
                                  java.util.function.Predicate<HoursService.CashRow> cashFilter) {
        Sums s = sums == null ? new Sums() : sums;
        BigDecimal cashTotal = cash.stream().filter(cashFilter).map(HoursService.CashRow::amount).reduce(HoursService.ZERO, BigDecimal::add);
        BigDecimal rate = organization == null ? null : rates.get(organization);
        BigDecimal value = rate == null ? null : s.meeting.add(s.preparation).add(s.travel).multiply(rate).setScale(2, RoundingMode.HALF_UP);
        return new OrganizationHours(kind, organization, name, partner, s.people.size(), s.meetings.size(), s.meeting, s.preparation,
                s.travel, value, cashTotal);
    }

    /** A row's running sums, and who and which meetings brought hours. */
    private static final class Sums {
        private BigDecimal meeting = HoursService.ZERO;
        private BigDecimal preparation = HoursService.ZERO;
        private BigDecimal travel = HoursService.ZERO;
        private final Set<UUID> people = new HashSet<>();
        private final Set<UUID> meetings = new HashSet<>();
        private int lines;

        void add(HoursLine line) {
            lines++;
            meeting = meeting.add(line.meetingHours());
            preparation = preparation.add(line.preparationHours());
            travel = travel.add(line.travelHours());
            if (line.totalHours().signum() > 0) {
                if (line.personId() != null) {
                    people.add(line.personId());
                }
                meetings.add(line.meetingId());
            }
        }
    }
}
