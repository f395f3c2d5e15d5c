package nl.werkbank.core.meetings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Sql;

/** SQL for meetings, venues and headcounts. */
final class MeetingRepository {

    private static final String COLUMNS = "m.id, m.team_id, m.type, m.title, m.meeting_date, m.start_time, m.end_time,"
            + " m.mode, m.venue_id, m.goals, m.checkin_question, m.checkout_question, m.registrations, m.organizer_team_id, m.form,"
            + " m.created_at, m.updated_at";

    private MeetingRepository() {
    }

    static Meeting map(ResultSet row) throws SQLException {
        return new Meeting(Sql.uuid(row, "id"), Sql.uuid(row, "team_id"), Sql.enumValue(row, "type", MeetingType.class),
                row.getString("title"), Sql.date(row, "meeting_date"), row.getObject("start_time", java.time.LocalTime.class),
                row.getObject("end_time", java.time.LocalTime.class), Sql.enumValue(row, "mode", MeetingMode.class),
                Sql.uuid(row, "venue_id"), row.getString("goals"), row.getString("checkin_question"), row.getString("checkout_question"),
                (Integer) row.getObject("registrations"), Sql.uuid(row, "organizer_team_id"), row.getString("form"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    public static Optional<Meeting> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM meeting m WHERE m.id = ?", MeetingRepository::map, id);
    }

    /** Meetings in a date range, newest first; {@code teamId} null means all. */
    static List<MeetingRow> list(Connection c, UUID teamId, LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT " + COLUMNS + ", t.name AS team_name, v.name AS venue_name,"
                + " (SELECT COUNT(*) FROM attendance a WHERE a.meeting_id = m.id AND " + AttendanceRepository.COUNTS + ") AS present,"
                + " (SELECT COALESCE(SUM(vc.visitors), 0) FROM visitor_count vc WHERE vc.meeting_id = m.id)"
                + " + (SELECT COALESCE(SUM(ov.visitors), 0) FROM organization_visitors ov WHERE ov.meeting_id = m.id) AS visitors"
                + " FROM meeting m LEFT JOIN team t ON t.id = m.team_id LEFT JOIN venue v ON v.id = m.venue_id"
                + " WHERE (CAST(? AS UUID) IS NULL OR m.team_id = ?) AND m.meeting_date BETWEEN ? AND ?"
                + " ORDER BY m.meeting_date DESC, m.start_time DESC, m.id";
        return Sql.list(c, sql, row -> new MeetingRow(map(row), row.getString("team_name"), row.getString("venue_name"),
                row.getLong("present"), row.getLong("visitors")), teamId, teamId, from, to);
    }

    /** The team's meetings before {@code date}, newest first. */
    static List<Meeting> teamBefore(Connection c, UUID teamId, LocalDate date, int limit) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM meeting m WHERE m.team_id = ? AND m.meeting_date < ?"
                + " ORDER BY m.meeting_date DESC, m.start_time DESC LIMIT ?", MeetingRepository::map, teamId, date, limit);
    }

    /** The team's meeting on {@code date} (the earliest, should there be two). */
    static Optional<Meeting> teamOn(Connection c, UUID teamId, LocalDate date) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM meeting m WHERE m.team_id = ? AND m.meeting_date = ?"
                + " ORDER BY m.start_time, m.id LIMIT 1", MeetingRepository::map, teamId, date);
    }

    /** Whether anything besides attendance lines hangs on the meeting (check-ins, decisions, agenda, notes…). */
    static boolean hasMoreThanAttendance(Connection c, UUID meetingId) throws SQLException {
        return nl.werkbank.core.storage.Dependents.any(c, "meeting", meetingId, java.util.Set.of("attendance"));
    }

    /** The team's start and end date (either may be null); empty when the team does not exist. */
    static java.util.Optional<LocalDate[]> teamPeriod(Connection c, UUID teamId) throws SQLException {
        return Sql.one(c, "SELECT start_date, end_date FROM team WHERE id = ?",
                row -> new LocalDate[] {Sql.date(row, "start_date"), Sql.date(row, "end_date")}, teamId);
    }

    static void insert(Connection c, Meeting m, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO meeting (id, team_id, type, title, meeting_date, start_time, end_time, mode, venue_id,"
                + " goals, checkin_question, checkout_question, registrations, organizer_team_id, form, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), m.teamId(), m.type(), m.title(), m.date(), m.start(), m.end(), m.mode(), m.venueId(), m.goals(),
                m.checkInQuestion(), m.checkOutQuestion(), m.registrations(), m.organizerTeamId(), m.form(), now, now);
    }

    static void update(Connection c, Meeting m, Instant now) throws SQLException {
        Sql.update(c, "UPDATE meeting SET team_id = ?, type = ?, title = ?, meeting_date = ?, start_time = ?, end_time = ?,"
                + " mode = ?, venue_id = ?, goals = ?, checkin_question = ?, checkout_question = ?, registrations = ?,"
                + " organizer_team_id = ?, form = ?, updated_at = ? WHERE id = ?",
                m.teamId(), m.type(), m.title(), m.date(), m.start(), m.end(), m.mode(), m.venueId(), m.goals(),
                m.checkInQuestion(), m.checkOutQuestion(), m.registrations(), m.organizerTeamId(), m.form(), now, m.id());
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM meeting WHERE id = ?", id);
    }

    static List<Venue> venues(Connection c) throws SQLException {
        return Sql.list(c, "SELECT id, name, address, created_at, updated_at FROM venue ORDER BY LOWER(name)",
                row -> new Venue(Sql.uuid(row, "id"), row.getString("name"), row.getString("address"),
                        Sql.instant(row, "created_at"), Sql.instant(row, "updated_at")));
    }

    static void insertVenue(Connection c, Venue v, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO venue (id, name, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                v.id(), v.name(), v.address(), now, now);
    }

    static Map<VisitorCategory, Integer> visitors(Connection c, UUID meetingId) throws SQLException {
        Map<VisitorCategory, Integer> counts = new EnumMap<>(VisitorCategory.class);
        for (var entry : Sql.list(c, "SELECT category, visitors FROM visitor_count WHERE meeting_id = ?",
                row -> Map.entry(Sql.enumValue(row, "category", VisitorCategory.class), row.getInt("visitors")), meetingId)) {
            counts.put(entry.getKey(), entry.getValue());
        }
        return counts;
    }

    static void setVisitors(Connection c, UUID meetingId, VisitorCategory category, int visitors, Instant now) throws SQLException {
        int updated = Sql.update(c, "UPDATE visitor_count SET visitors = ?, updated_at = ? WHERE meeting_id = ? AND category = ?",
                visitors, now, meetingId, category);
        if (updated == 0) {
            Sql.update(c, "INSERT INTO visitor_count (id, meeting_id, category, visitors, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), meetingId, category, visitors, now, now);
        }
    }

    /** The meeting's visitors counted under an organisation, by organisation name. */
    static List<OrganizationVisitors> organizationVisitors(Connection c, UUID meetingId) throws SQLException {
        return Sql.list(c, "SELECT ov.organization_id, o.name, ov.visitors FROM organization_visitors ov"
                + " JOIN organization o ON o.id = ov.organization_id WHERE ov.meeting_id = ? ORDER BY LOWER(o.name)",
                row -> new OrganizationVisitors(Sql.uuid(row, "organization_id"), row.getString("name"), row.getInt("visitors")),
                meetingId);
    }

    /** Sets the count (0 keeps the row, so a count set to 0 on one laptop also travels as 0 to the others). */
    static void setOrganizationVisitors(Connection c, UUID meetingId, UUID organizationId, int visitors, Instant now)
            throws SQLException {
        int updated = Sql.update(c, "UPDATE organization_visitors SET visitors = ?, updated_at = ?"
                + " WHERE meeting_id = ? AND organization_id = ?", visitors, now, meetingId, organizationId);
        if (updated == 0) {
            Sql.update(c, "INSERT INTO organization_visitors (id, meeting_id, organization_id, visitors, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), meetingId, organizationId, visitors, now, now);
        }
    }
}
