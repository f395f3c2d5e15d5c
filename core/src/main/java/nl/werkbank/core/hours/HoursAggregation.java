package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.werkbank.core.common.DateRange;

/**
 * Groups a period's lines and cash into the overview's rows: one per partner, Overig with its breakdown, and
 * the visitors and lines without an organisation.
 */
final class HoursAggregation {

    private static final UUID NONE = new UUID(0, 0);
    private final Period period;
    private final HourRules rules;
    private final List<HoursLine> lines;
    private final Map<UUID, List<DateRange>> partnerships;
    private final Map<UUID, BigDecimal> rates;
    private final List<HoursService.CashRow> cash;
    private final Map<UUID, String> names;
    private Map<Object, List<HoursLine>> groups;

    HoursAggregation(Period period, HourRules rules, List<HoursLine> lines, Map<UUID, List<DateRange>> partnerships,
                     Map<UUID, BigDecimal> rates, List<HoursService.CashRow> cash, Map<UUID, String> names) {
        this.period = period;
        this.rules = rules;
        this.lines = lines;
        this.partnerships = partnerships;
        this.rates = rates;
        this.cash = cash;
        this.names = names;
    }

    HoursOverview overview() {
        List<OrganizationHours> partners = new ArrayList<>();
        for (UUID organization : partnersInPeriod()) {
            partners.add(row(OrganizationHours.Kind.ORGANIZATION, organization, names.get(organization), true,
                    l -> l.partner() && organization.equals(l.organizationId()),
                    c -> c.partner() && organization.equals(c.organizationId())));
        }
        partners.sort(Comparator.comparing(OrganizationHours::name, String.CASE_INSENSITIVE_ORDER));
        List<OrganizationHours> breakdown = new ArrayList<>();
        Set<UUID> overigOrganizations = new HashSet<>();
        // Only who brought hours (or money): absent and not-yet-filled-in lines would only clutter Overig.
        lines.stream().filter(l -> !l.partner() && l.organizationId() != null && l.totalHours().signum() != 0)
                .forEach(l -> overigOrganizations.add(l.organizationId()));
        cash.stream().filter(c -> !c.partner()).forEach(c -> overigOrganizations.add(c.organizationId()));
        for (UUID organization : overigOrganizations) {
            breakdown.add(row(OrganizationHours.Kind.ORGANIZATION, organization, names.get(organization), false,
                    l -> !l.partner() && organization.equals(l.organizationId()),
                    c -> !c.partner() && organization.equals(c.organizationId())));
        }
        breakdown.sort(Comparator.comparing(OrganizationHours::name, String.CASE_INSENSITIVE_ORDER));
        if (lines.stream().anyMatch(l -> l.organizationId() == null && !l.isHeadcount() && l.totalHours().signum() != 0)) {
            breakdown.add(row(OrganizationHours.Kind.NO_ORGANIZATION, null, null, false,
                    l -> l.organizationId() == null && !l.isHeadcount(), c -> false));
        }
        if (lines.stream().anyMatch(HoursLine::isHeadcount)) {
            breakdown.add(row(OrganizationHours.Kind.VISITORS, null, null, false, HoursLine::isHeadcount, c -> false));
        }
        OrganizationHours overig = row(OrganizationHours.Kind.OVERIG, null, null, false, l -> !l.partner(), c -> !c.partner());
        BigDecimal overigValue = breakdown.stream().map(OrganizationHours::valueEuros).filter(Objects::nonNull)
                .reduce(null, (a, b) -> a == null ? b : a.add(b));
        overig = new OrganizationHours(overig.kind(), null, null, false, overig.people(), overig.meetings(),
                overig.meetingHours(), overig.preparationHours(), overig.travelHours(), overigValue, overig.cash());
        return new HoursOverview(period, rules, List.copyOf(lines), List.copyOf(partners), overig, List.copyOf(breakdown));
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

    /** Lines grouped once by (partner?, organisation), so each row looks only at its own lines. */
    private Map<Object, List<HoursLine>> groups() {
        if (groups == null) {
            groups = new HashMap<>();
            for (HoursLine line : lines) {
                groups.computeIfAbsent(List.of(line.partner(), Objects.requireNonNullElse(line.organizationId(), NONE)),
                        k -> new ArrayList<>()).add(line);
            }
        }
        return groups;
    }

    private OrganizationHours row(OrganizationHours.Kind kind, UUID organization, String name, boolean partner,
                                  Predicate<HoursLine> lineFilter, Predicate<HoursService.CashRow> cashFilter) {
        List<HoursLine> candidates = kind == OrganizationHours.Kind.ORGANIZATION
                ? groups().getOrDefault(List.of(partner, organization), List.of()) : lines;
        BigDecimal meeting = HoursService.ZERO;
        BigDecimal preparation = HoursService.ZERO;
        BigDecimal travel = HoursService.ZERO;
        Set<UUID> people = new HashSet<>();
        Set<UUID> meetings = new HashSet<>();
        for (HoursLine line : candidates) {
            if (lineFilter.test(line)) {
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
        BigDecimal cashTotal = cash.stream().filter(cashFilter).map(HoursService.CashRow::amount).reduce(HoursService.ZERO, BigDecimal::add);
        BigDecimal rate = organization == null ? null : rates.get(organization);
        BigDecimal value = rate == null ? null : meeting.add(preparation).add(travel).multiply(rate).setScale(2, RoundingMode.HALF_UP);
        return new OrganizationHours(kind, organization, name, partner, people.size(), meetings.size(), meeting, preparation,
                travel, value, cashTotal);
    }
}
