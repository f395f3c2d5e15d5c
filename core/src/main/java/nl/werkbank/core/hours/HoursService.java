package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import nl.werkbank.core.common.DateRange;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationRow;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.Partnership;
import nl.werkbank.core.storage.Database;

/**
 * In-kind hours. Each attendance line counts for the organisation on the line (the one represented that
 * day) and for that organisation's partner status on the meeting date; everything else is Overig.
 */
public final class HoursService {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final Database db;
    private final Clock clock;
    private final OrganizationService organizations;
    private final HoursRepository repository;
    private final HourlyRates rates;
    private final CashContributionRepository contributions;

    public HoursService(Database db, Clock clock, OrganizationService organizations) {
        this.db = db;
        this.clock = clock;
        this.organizations = organizations;
        this.repository = new HoursRepository(db);
        this.rates = new HourlyRates(db, clock);
        this.contributions = new CashContributionRepository(db);
    }

    public HourRules rules() {
        return new HourRules(repository.travelIncluded());
    }

    public void setTravelIncluded(boolean included) {
        repository.setTravelIncluded(included, clock.instant());
    }

    /** Minutes to hours, exactly to two decimals (a quarter of an hour is 0.25). */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** The period's overview, read in one transaction so lines, partners and rates agree. */
    public HoursOverview overview(Period period) {
        return db.atomically(() -> {
            HourRules rules = rules();
            Map<UUID, List<DateRange>> partnerships = partnerships();
            List<Organization> all = organizations.list().stream().map(OrganizationRow::organization).toList();
            Map<UUID, String> names = new HashMap<>();
            all.forEach(o -> names.put(o.id(), o.name()));
            List<CashRow> cash = contributions.in(period).stream().map(c -> new CashRow(c.organizationId(),
                    names.get(c.organizationId()), c.date(), c.amount(), partnerOn(partnerships, c.organizationId(), c.date())))
                    .toList();
            return new HoursAggregation(period, rules, lines(period, rules, partnerships), partnerships, rates.effective(all),
                    cash, names).overview();
        });
    }

    /** The half-years that have at least one line (attendance or a headcount), newest first. */
    public List<Period> halfYearsWithLines() {
        return repository.halfYearsWithLines();
    }

    /**
     * The period Rapportages opens on: the newest completed half-year that has lines, else the newest with lines at all,
     * else the last completed one (an empty Werkplaats).
     */
    public static Period suggestedPeriod(List<Period> withLines, LocalDate today) {
        Period lastCompleted = Period.lastCompletedHalfYear(today);
        return withLines.stream().filter(p -> !p.from().isAfter(lastCompleted.from())).findFirst()
                .or(() -> withLines.stream().findFirst()).orElse(lastCompleted);
    }

    record CashRow(UUID organizationId, String organizationName, LocalDate date, BigDecimal amount, boolean partner) {
    }

    private Map<UUID, List<DateRange>> partnerships() {
        Map<UUID, List<DateRange>> result = new HashMap<>();
        for (Partnership partnership : organizations.allPartnerships()) {
            result.computeIfAbsent(partnership.organizationId(), k -> new ArrayList<>()).add(partnership.range());
        }
        return result;
    }

    static boolean partnerOn(Map<UUID, List<DateRange>> partnerships, UUID organization, LocalDate date) {
        return organization != null && partnerships.getOrDefault(organization, List.of()).stream().anyMatch(r -> r.contains(date));
    }

    /** Applies the hour rules to the period's attendance lines and headcounts, in the order the reports list them. */
    private List<HoursLine> lines(Period period, HourRules rules, Map<UUID, List<DateRange>> partnerships) {
        List<HoursLine> lines = new ArrayList<>();
        for (HoursRepository.AttendanceRow row : repository.attendance(period)) {
            boolean counts = row.status().counts();
            long minutes = Duration.between(row.start(), row.end()).toMinutes() - row.lateMinutes() - row.earlyMinutes();
            lines.add(new HoursLine(row.id(), row.meetingId(), row.date(), row.teamName(), row.title(), row.type(),
                    row.personId(), row.personName(), row.organizationId(), row.organizationName(), row.status(), null, 0,
                    partnerOn(partnerships, row.organizationId(), row.date()), counts ? hours(Math.max(0, minutes)) : ZERO,
                    counts ? row.preparationHours().setScale(2) : ZERO,
                    counts && rules.travelIncluded() ? row.travelHours().setScale(2) : ZERO));
        }
        for (HoursRepository.HeadcountRow row : repository.headcounts(period)) {
            long minutes = Duration.between(row.start(), row.end()).toMinutes();
            lines.add(new HoursLine(null, row.meetingId(), row.date(), row.teamName(), row.title(), row.type(), null, null,
                    null, null, null, row.category(), row.visitors(), false,
                    hours(minutes).multiply(BigDecimal.valueOf(row.visitors())), ZERO, ZERO));
        }
        for (HoursRepository.OrganizationVisitorsRow row : repository.organizationVisitors(period)) {
            long minutes = Duration.between(row.start(), row.end()).toMinutes();
            lines.add(new HoursLine(null, row.meetingId(), row.date(), row.teamName(), row.title(), row.type(), null, null,
                    row.organizationId(), row.organizationName(), null, VisitorCategory.PROFESSIONAL, row.visitors(),
                    partnerOn(partnerships, row.organizationId(), row.date()),
                    hours(minutes).multiply(BigDecimal.valueOf(row.visitors())), ZERO, ZERO));
        }
        lines.sort(Comparator.comparing(HoursLine::date).thenComparing(l -> Objects.toString(l.teamName(), ""))
                .thenComparing(l -> Objects.toString(l.meetingTitle(), "")).thenComparing(l -> l.meetingId().toString())
                .thenComparing(l -> l.personName() == null ? "\uffff" : l.personName())
                .thenComparing(l -> l.visitorCategory() == null ? 0 : l.visitorCategory().ordinal())
                .thenComparing(l -> Objects.toString(l.organizationName(), "")));
        return lines;
    }

    /** Lines in the period whose hours make up the given row (drill-down). */
    public static List<HoursLine> linesOf(HoursOverview overview, OrganizationHours row) {
        Predicate<HoursLine> filter = switch (row.kind()) {
            case OVERIG -> HoursLine::countsForOverig;
            case VISITORS -> HoursLine::isHeadcount;
            case NO_ORGANIZATION -> l -> l.organizationId() == null && !l.isHeadcount();
            case ORGANIZATION -> l -> l.partner() == row.partner() && row.organizationId().equals(l.organizationId());
        };
        return overview.lines().stream().filter(filter).toList();
    }

}
