package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
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
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * In-kind hours. Each attendance line counts for the organisation on the line (the one represented that
 * day) and for that organisation's partner status on the meeting date; everything else is Overig.
 */
public final class HoursService {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final Database db;
    private final Clock clock;

    public HoursService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public HourRules rules() {
        return db.transaction(c -> new HourRules(Sql.one(c, "SELECT setting_value FROM hour_setting WHERE setting = 'travel_included'",
                row -> Boolean.parseBoolean(row.getString(1))).orElse(false)));
    }

    public void setTravelIncluded(boolean included) {
        db.transaction(c -> Sql.update(c, "MERGE INTO hour_setting (setting, setting_value, updated_at) KEY (setting)"
                + " VALUES ('travel_included', ?, ?)", Boolean.toString(included), clock.instant()));
    }

    /** Minutes to hours, exactly to two decimals (a quarter of an hour is 0.25). */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    public HoursOverview overview(Period period) {
        HourRules rules = rules();
        return db.transaction(c -> {
            Map<UUID, List<DateRange>> partnerships = partnerships(c);
            List<HoursLine> lines = lines(c, period, rules, partnerships);
            Map<UUID, BigDecimal> rates = rates(c);
            List<CashRow> cash = cash(c, period, partnerships);
            List<Org> organizations = Sql.list(c, "SELECT id, name FROM organization", row -> new Org(Sql.uuid(row, "id"),
                    row.getString("name")));
            return new Aggregation(period, rules, lines, partnerships, rates, cash, organizations).overview();
        });
    }

    /** The half-years that have at least one line (attendance or a headcount), newest first. */
    public List<Period> halfYearsWithLines() {
        return db.transaction(c -> Sql.list(c, "SELECT DISTINCT YEAR(m.meeting_date) AS y,"
                + " CASE WHEN MONTH(m.meeting_date) < 7 THEN 1 ELSE 2 END AS h FROM meeting m"
                + " WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id)"
                + " OR EXISTS (SELECT 1 FROM visitor_count vc WHERE vc.meeting_id = m.id AND vc.visitors > 0)"
                + " ORDER BY y DESC, h DESC", row -> Period.halfYear(row.getInt("y"), row.getInt("h"))));
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

    private record Org(UUID id, String name) {
    }

    record CashRow(UUID organizationId, String organizationName, LocalDate date, BigDecimal amount, boolean partner) {
    }

    private static Map<UUID, List<DateRange>> partnerships(Connection c) throws SQLException {
        Map<UUID, List<DateRange>> result = new HashMap<>();
        for (var row : Sql.list(c, "SELECT organization_id, valid_from, valid_to FROM partnership",
                r -> Map.entry(Sql.uuid(r, "organization_id"), new DateRange(Sql.date(r, "valid_from"), Sql.date(r, "valid_to"))))) {
            result.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        return result;
    }

    static boolean partnerOn(Map<UUID, List<DateRange>> partnerships, UUID organization, LocalDate date) {
        return organization != null && partnerships.getOrDefault(organization, List.of()).stream().anyMatch(r -> r.contains(date));
    }

    private static List<HoursLine> lines(Connection c, Period period, HourRules rules,
                                         Map<UUID, List<DateRange>> partnerships) throws SQLException {
        String attendance = "SELECT a.id, a.meeting_id, m.meeting_date, m.start_time, m.end_time, m.type, m.title,"
                + " t.name AS team_name, a.person_id, p.name AS person_name, a.organization_id, o.name AS organization_name,"
                + " a.status, a.late_minutes, a.early_minutes, a.preparation_hours, a.travel_hours"
                + " FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN person p ON p.id = a.person_id"
                + " LEFT JOIN team t ON t.id = m.team_id LEFT JOIN organization o ON o.id = a.organization_id"
                + " WHERE m.meeting_date BETWEEN ? AND ?";
        Map<String, String> shared = new HashMap<>();
        java.util.function.Function<String, String> share = text -> text == null ? null : shared.computeIfAbsent(text, t -> t);
        List<HoursLine> lines = new ArrayList<>(Sql.list(c, attendance, row -> {
            LocalDate date = Sql.date(row, "meeting_date");
            AttendanceStatus status = Sql.enumValue(row, "status", AttendanceStatus.class);
            boolean counts = status.counts();
            long minutes = Duration.between(row.getObject("start_time", LocalTime.class), row.getObject("end_time", LocalTime.class))
                    .toMinutes() - row.getInt("late_minutes") - row.getInt("early_minutes");
            UUID organization = Sql.uuid(row, "organization_id");
            // Names repeat on thousands of lines: keep one copy of each (a big period stays small in memory).
            return new HoursLine(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), date, share.apply(row.getString("team_name")),
                    share.apply(row.getString("title")), Sql.enumValue(row, "type", MeetingType.class), Sql.uuid(row, "person_id"),
                    share.apply(row.getString("person_name")), organization, share.apply(row.getString("organization_name")), status, null, 0,
                    partnerOn(partnerships, organization, date), counts ? hours(Math.max(0, minutes)) : ZERO,
                    counts ? row.getBigDecimal("preparation_hours").setScale(2) : ZERO,
                    counts && rules.travelIncluded() ? row.getBigDecimal("travel_hours").setScale(2) : ZERO);
        }, period.from(), period.to()));
        String headcount = "SELECT vc.meeting_id, vc.category, vc.visitors, m.meeting_date, m.start_time, m.end_time, m.type,"
                + " m.title, t.name AS team_name FROM visitor_count vc JOIN meeting m ON m.id = vc.meeting_id"
                + " LEFT JOIN team t ON t.id = m.team_id WHERE m.meeting_date BETWEEN ? AND ? AND vc.visitors > 0";
        lines.addAll(Sql.list(c, headcount, row -> {
            long minutes = Duration.between(row.getObject("start_time", LocalTime.class), row.getObject("end_time", LocalTime.class))
                    .toMinutes();
            int visitors = row.getInt("visitors");
            return new HoursLine(null, Sql.uuid(row, "meeting_id"), Sql.date(row, "meeting_date"), row.getString("team_name"),
                    row.getString("title"), Sql.enumValue(row, "type", MeetingType.class), null, null, null, null, null,
                    Sql.enumValue(row, "category", VisitorCategory.class), visitors, false,
                    hours(minutes).multiply(BigDecimal.valueOf(visitors)), ZERO, ZERO);
        }, period.from(), period.to()));
        lines.sort(Comparator.comparing(HoursLine::date).thenComparing(l -> Objects.toString(l.teamName(), ""))
                .thenComparing(l -> Objects.toString(l.meetingTitle(), "")).thenComparing(l -> l.meetingId().toString())
                .thenComparing(l -> l.personName() == null ? "\uffff" : l.personName())
                .thenComparing(l -> l.visitorCategory() == null ? 0 : l.visitorCategory().ordinal()));
        return lines;
    }

    /** Hourly rates: an organisation's own rate, else the rate for its type, else none. */
    private static Map<UUID, BigDecimal> rates(Connection c) throws SQLException {
        Map<UUID, BigDecimal> result = new HashMap<>();
        Map<String, BigDecimal> byType = new HashMap<>();
        for (var row : Sql.list(c, "SELECT organization_type, rate FROM hourly_rate WHERE organization_type IS NOT NULL",
                r -> Map.entry(r.getString(1), r.getBigDecimal(2)))) {
            byType.put(row.getKey(), row.getValue());
        }
        for (var row : Sql.list(c, "SELECT id, type FROM organization", r -> Map.entry(Sql.uuid(r, "id"), r.getString("type")))) {
            if (byType.containsKey(row.getValue())) {
                result.put(row.getKey(), byType.get(row.getValue()));
            }
        }
        for (var row : Sql.list(c, "SELECT organization_id, rate FROM hourly_rate WHERE organization_id IS NOT NULL",
                r -> Map.entry(Sql.uuid(r, "organization_id"), r.getBigDecimal("rate")))) {
            result.put(row.getKey(), row.getValue());
        }
        return result;
    }

    private static List<CashRow> cash(Connection c, Period period, Map<UUID, List<DateRange>> partnerships) throws SQLException {
        return Sql.list(c, "SELECT cc.organization_id, o.name, cc.contribution_date, cc.amount FROM cash_contribution cc"
                + " JOIN organization o ON o.id = cc.organization_id WHERE cc.contribution_date BETWEEN ? AND ?", row -> {
                    UUID organization = Sql.uuid(row, "organization_id");
                    LocalDate date = Sql.date(row, "contribution_date");
                    return new CashRow(organization, row.getString("name"), date, row.getBigDecimal("amount"),
                            partnerOn(partnerships, organization, date));
                }, period.from(), period.to());
    }

    /** Groups lines and cash into rows. */
    private static final class Aggregation {

        private static final UUID NONE = new UUID(0, 0);
        private final Period period;
        private final HourRules rules;
        private final List<HoursLine> lines;
        private final Map<UUID, List<DateRange>> partnerships;
        private final Map<UUID, BigDecimal> rates;
        private final List<CashRow> cash;
        private final List<Org> organizations;
        private Map<Object, List<HoursLine>> groups;

        Aggregation(Period period, HourRules rules, List<HoursLine> lines, Map<UUID, List<DateRange>> partnerships,
                    Map<UUID, BigDecimal> rates, List<CashRow> cash, List<Org> organizations) {
            this.period = period;
            this.rules = rules;
            this.lines = lines;
            this.partnerships = partnerships;
            this.rates = rates;
            this.cash = cash;
            this.organizations = organizations;
        }

        HoursOverview overview() {
            Map<UUID, String> names = new HashMap<>();
            organizations.forEach(o -> names.put(o.id(), o.name()));
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
                                      Predicate<HoursLine> lineFilter, Predicate<CashRow> cashFilter) {
            List<HoursLine> candidates = kind == OrganizationHours.Kind.ORGANIZATION
                    ? groups().getOrDefault(List.of(partner, organization), List.of()) : lines;
            BigDecimal meeting = ZERO;
            BigDecimal preparation = ZERO;
            BigDecimal travel = ZERO;
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
            BigDecimal cashTotal = cash.stream().filter(cashFilter).map(CashRow::amount).reduce(ZERO, BigDecimal::add);
            BigDecimal rate = organization == null ? null : rates.get(organization);
            BigDecimal value = rate == null ? null : meeting.add(preparation).add(travel).multiply(rate).setScale(2, RoundingMode.HALF_UP);
            return new OrganizationHours(kind, organization, name, partner, people.size(), meetings.size(), meeting, preparation,
                    travel, value, cashTotal);
        }
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
