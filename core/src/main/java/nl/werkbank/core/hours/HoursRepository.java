package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * The hours' read model: attendance lines and headcounts of a period with the names a report shows (meeting,
 * team, person, organisation), read in one query each. It only reads other features' tables; the hour rules
 * are applied by {@link HoursService}. Each call joins the caller's transaction.
 */
final class HoursRepository {

    /** An attendance line as stored, with the names beside it. */
    record AttendanceRow(UUID id, UUID meetingId, LocalDate date, LocalTime start, LocalTime end, MeetingType type,
                         String title, String teamName, UUID personId, String personName, UUID organizationId,
                         String organizationName, AttendanceStatus status, int lateMinutes, int earlyMinutes,
                         BigDecimal preparationHours, BigDecimal travelHours) {
    }

    /** Visitors of a public meeting counted under an organisation. */
    record OrganizationVisitorsRow(UUID meetingId, LocalDate date, LocalTime start, LocalTime end, MeetingType type,
                                   String title, String teamName, UUID organizationId, String organizationName, int visitors) {
    }

    /** A headcount of a kenniscafé or bijeenkomst: visitors of one category. */
    record HeadcountRow(UUID meetingId, LocalDate date, LocalTime start, LocalTime end, MeetingType type, String title,
                        String teamName, VisitorCategory category, int visitors) {
    }

    private final Database db;

    HoursRepository(Database db) {
        this.db = db;
    }

    boolean travelIncluded() {
        return db.transaction(c -> Sql.one(c, "SELECT setting_value FROM hour_setting WHERE setting = 'travel_included'",
                row -> Boolean.parseBoolean(row.getString(1))).orElse(false));
    }

    void setTravelIncluded(boolean included, Instant now) {
        db.transaction(c -> Sql.update(c, "MERGE INTO hour_setting (setting, setting_value, updated_at) KEY (setting)"
                + " VALUES ('travel_included', ?, ?)", Boolean.toString(included), now));
    }

    /** The half-years with at least one attendance line or headcount, newest first. */
    List<Period> halfYearsWithLines() {
        return db.transaction(c -> Sql.list(c, "SELECT DISTINCT YEAR(m.meeting_date) AS y,"
                + " CASE WHEN MONTH(m.meeting_date) < 7 THEN 1 ELSE 2 END AS h FROM meeting m"
                + " WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id)"
                + " OR EXISTS (SELECT 1 FROM visitor_count vc WHERE vc.meeting_id = m.id AND vc.visitors > 0)"
                + " OR EXISTS (SELECT 1 FROM organization_visitors ov WHERE ov.meeting_id = m.id AND ov.visitors > 0)"
                + " ORDER BY y DESC, h DESC", row -> Period.halfYear(row.getInt("y"), row.getInt("h"))));
    }

    /** What is done with each row while the query runs. */
    interface RowWork<T> {
        void accept(T row) throws SQLException;
    }

    /**
     * The period's attendance lines one at a time, without holding them all: of one organisation (or all, with null), by
     * meeting date when {@code byDate}. All lines are read a month at a time: each query is short and small (H2 holds a
     * query's whole result), and H2's "chunk not found" (ADR 0018) hit a query that read for seconds.
     */
    void attendance(Period period, UUID organization, boolean byDate, RowWork<AttendanceRow> work) {
        UnaryOperator<String> share = sharing();
        db.transaction(c -> {
            if (organization != null) {
                attendance(c, period.from(), period.to(), organization, byDate, share, work);
                return null;
            }
            LocalDate[] span = Sql.one(c, "SELECT MIN(meeting_date) AS first, MAX(meeting_date) AS last FROM meeting"
                    + " WHERE meeting_date BETWEEN ? AND ?", row -> new LocalDate[] {Sql.date(row, "first"), Sql.date(row, "last")},
                    period.from(), period.to()).orElseThrow();
            if (span[0] == null) {
                return null;
            }
            LocalDate last = span[1];
            for (LocalDate start = span[0]; !start.isAfter(last); start = start.withDayOfMonth(1).plusMonths(1)) {
                LocalDate end = start.withDayOfMonth(start.lengthOfMonth());
                attendance(c, start, end.isAfter(last) ? last : end, null, byDate, share, work);
            }
            return null;
        });
    }

    private static void attendance(Connection c, LocalDate from, LocalDate to, UUID organization, boolean byDate,
                                   UnaryOperator<String> share, RowWork<AttendanceRow> work) throws SQLException {
        String sql = "SELECT a.id, a.meeting_id, m.meeting_date, m.start_time, m.end_time, m.type, m.title,"
                + " t.name AS team_name, a.person_id, p.name AS person_name, a.organization_id, o.name AS organization_name,"
                + " a.status, a.late_minutes, a.early_minutes, a.preparation_hours, a.travel_hours"
                + " FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN person p ON p.id = a.person_id"
                + " LEFT JOIN team t ON t.id = m.team_id LEFT JOIN organization o ON o.id = a.organization_id"
                + " WHERE m.meeting_date BETWEEN ? AND ?" + (organization == null ? "" : " AND a.organization_id = ?")
                + (byDate ? " ORDER BY m.meeting_date" : "");
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, from);
            select.setObject(2, to);
            if (organization != null) {
                select.setObject(3, organization);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    work.accept(attendanceRow(row, share));
                }
            }
        }
    }

    private static AttendanceRow attendanceRow(ResultSet row, UnaryOperator<String> share) throws SQLException {
        return new AttendanceRow(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"),
                Sql.date(row, "meeting_date"), row.getObject("start_time", LocalTime.class),
                row.getObject("end_time", LocalTime.class), Sql.enumValue(row, "type", MeetingType.class),
                share.apply(row.getString("title")), share.apply(row.getString("team_name")), Sql.uuid(row, "person_id"),
                share.apply(row.getString("person_name")), Sql.uuid(row, "organization_id"),
                share.apply(row.getString("organization_name")), Sql.enumValue(row, "status", AttendanceStatus.class),
                row.getInt("late_minutes"), row.getInt("early_minutes"), row.getBigDecimal("preparation_hours"),
                row.getBigDecimal("travel_hours"));
    }

    List<HeadcountRow> headcounts(Period period) {
        String sql = "SELECT vc.meeting_id, vc.category, vc.visitors, m.meeting_date, m.start_time, m.end_time, m.type,"
                + " m.title, t.name AS team_name FROM visitor_count vc JOIN meeting m ON m.id = vc.meeting_id"
                + " LEFT JOIN team t ON t.id = m.team_id WHERE m.meeting_date BETWEEN ? AND ? AND vc.visitors > 0";
        return db.transaction(c -> Sql.list(c, sql, row -> new HeadcountRow(Sql.uuid(row, "meeting_id"),
                Sql.date(row, "meeting_date"), row.getObject("start_time", LocalTime.class),
                row.getObject("end_time", LocalTime.class), Sql.enumValue(row, "type", MeetingType.class),
                row.getString("title"), row.getString("team_name"), Sql.enumValue(row, "category", VisitorCategory.class),
                row.getInt("visitors")), period.from(), period.to()));
    }

    /** Visitors counted under an organisation, with the organisation's name. */
    List<OrganizationVisitorsRow> organizationVisitors(Period period) {
        String sql = "SELECT ov.meeting_id, ov.organization_id, o.name AS organization_name, ov.visitors, m.meeting_date,"
                + " m.start_time, m.end_time, m.type, m.title, t.name AS team_name FROM organization_visitors ov"
                + " JOIN meeting m ON m.id = ov.meeting_id JOIN organization o ON o.id = ov.organization_id"
                + " LEFT JOIN team t ON t.id = m.team_id WHERE m.meeting_date BETWEEN ? AND ? AND ov.visitors > 0";
        return db.transaction(c -> Sql.list(c, sql, row -> new OrganizationVisitorsRow(Sql.uuid(row, "meeting_id"),
                Sql.date(row, "meeting_date"), row.getObject("start_time", LocalTime.class),
                row.getObject("end_time", LocalTime.class), Sql.enumValue(row, "type", MeetingType.class),
                row.getString("title"), row.getString("team_name"), Sql.uuid(row, "organization_id"),
                row.getString("organization_name"), row.getInt("visitors")), period.from(), period.to()));
    }

    /** Names repeat on thousands of lines: keep one copy of each, so a big period stays small in memory. */
    private static UnaryOperator<String> sharing() {
        Map<String, String> shared = new HashMap<>();
        return text -> text == null ? null : shared.computeIfAbsent(text, t -> t);
    }
}
