package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.werkbank.core.common.DateRange;
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
            Basis basis = basis(period);
            List<HoursLine> lines = basis.lines().all();
            HoursAggregation aggregation = basis.aggregation();
            lines.forEach(aggregation::add);
            return aggregation.overview(lines);
        });
    }

    /** An overview without its lines, and the lines to walk from the database: for a workbook of any length. */
    public record Streamed(HoursOverview overview, HoursLineSource lines) {
    }

    /** What to do with a streamed overview; may write files. */
    public interface StreamedWork<T> {
        T apply(Streamed streamed) throws java.io.IOException;
    }

    /**
     * Runs {@code work} on the period's overview and its lines walked from the database, all in one transaction, so a
     * workbook of ten years is written in a small heap (one day's lines held at a time). The work is run once more if
     * H2 asks for that before anything is committed (ADR 0018): it must start its file from scratch, as
     * {@code AtomicFiles.write} does.
     */
    public <T> T streamed(Period period, StreamedWork<T> work) throws java.io.IOException {
        try {
            return db.atomically(() -> {
                Basis basis = basis(period);
                HoursAggregation aggregation = basis.aggregation();
                basis.lines().each(aggregation::add);
                try {
                    return work.apply(new Streamed(aggregation.overview(null), basis.lines()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What an overview is computed from: the rules, partners, rates and cash of the moment, and the period's lines. */
    private record Basis(HoursLines lines, HoursAggregation aggregation) {
    }

    private Basis basis(Period period) {
        HourRules rules = rules();
        Map<UUID, List<DateRange>> partnerships = partnerships();
        List<Organization> all = organizations.list().stream().map(OrganizationRow::organization).toList();
        Map<UUID, String> names = new HashMap<>();
        all.forEach(o -> names.put(o.id(), o.name()));
        List<CashRow> cash = contributions.in(period).stream().map(c -> new CashRow(c.organizationId(),
                names.get(c.organizationId()), c.date(), c.amount(), partnerOn(partnerships, c.organizationId(), c.date())))
                .toList();
        return new Basis(new HoursLines(repository, rules, partnerships, period),
                new HoursAggregation(period, rules, partnerships, rates.effective(all), cash, names));
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

    /** Lines in the period whose hours make up the given row (drill-down). */
    public static List<HoursLine> linesOf(HoursOverview overview, OrganizationHours row) {
        return overview.lines().stream().filter(belongsTo(row)).toList();
    }

    /** Whether a line's hours count in the given row. */
    static Predicate<HoursLine> belongsTo(OrganizationHours row) {
        return switch (row.kind()) {
            case OVERIG -> HoursLine::countsForOverig;
            case VISITORS -> HoursLine::isHeadcount;
            case NO_ORGANIZATION -> l -> l.organizationId() == null && !l.isHeadcount();
            case ORGANIZATION -> l -> l.partner() == row.partner() && row.organizationId().equals(l.organizationId());
        };
    }

}
