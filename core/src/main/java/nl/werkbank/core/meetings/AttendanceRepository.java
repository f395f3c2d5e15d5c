package nl.werkbank.core.meetings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.teams.MembershipRole;

/** SQL for attendance lines. */
final class AttendanceRepository {

    private static final String SELECT = "SELECT a.id, a.meeting_id, a.person_id, a.organization_id, a.role, a.status,"
            + " a.late_minutes, a.early_minutes, a.preparation_hours, a.travel_hours, a.guest, a.created_at, a.updated_at,"
            + " p.name AS person_name, o.name AS organization_name"
            + " FROM attendance a JOIN person p ON p.id = a.person_id LEFT JOIN organization o ON o.id = a.organization_id";

    /**
     * "Counts as present" in SQL, for the attendance row {@code a}: made from {@link AttendanceStatus#counts()}, so
     * the rule is written once.
     */
    static final String COUNTS = "a.status IN (" + java.util.Arrays.stream(AttendanceStatus.values())
            .filter(AttendanceStatus::counts).map(status -> "'" + status.name() + "'")
            .collect(java.util.stream.Collectors.joining(", ")) + ")";

    private AttendanceRepository() {
    }

    /** The people who count as present at the meeting (aanwezig or online). */
    static List<UUID> present(Connection c, UUID meetingId) throws SQLException {
        return Sql.list(c, "SELECT a.person_id FROM attendance a WHERE a.meeting_id = ? AND " + COUNTS,
                row -> Sql.uuid(row, "person_id"), meetingId);
    }

    static AttendanceLine map(ResultSet row) throws SQLException {
        Attendance attendance = new Attendance(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), Sql.uuid(row, "person_id"),
                Sql.uuid(row, "organization_id"), Sql.enumValue(row, "role", MembershipRole.class),
                Sql.enumValue(row, "status", AttendanceStatus.class), row.getInt("late_minutes"), row.getInt("early_minutes"),
                row.getBigDecimal("preparation_hours"), row.getBigDecimal("travel_hours"), row.getBoolean("guest"),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
        return new AttendanceLine(attendance, row.getString("person_name"), row.getString("organization_name"));
    }

    /** Members first, then guests; by name within each. */
    static List<AttendanceLine> of(Connection c, UUID meetingId) throws SQLException {
        return Sql.list(c, SELECT + " WHERE a.meeting_id = ? ORDER BY a.guest, LOWER(p.name), a.id", AttendanceRepository::map, meetingId);
    }

    static Optional<AttendanceLine> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE a.id = ?", AttendanceRepository::map, id);
    }

    static Optional<AttendanceLine> of(Connection c, UUID meetingId, UUID personId) throws SQLException {
        return Sql.one(c, SELECT + " WHERE a.meeting_id = ? AND a.person_id = ?", AttendanceRepository::map, meetingId, personId);
    }

    static void insert(Connection c, Attendance a, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO attendance (id, meeting_id, person_id, organization_id, role, status, late_minutes,"
                + " early_minutes, preparation_hours, travel_hours, guest, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.meetingId(), a.personId(), a.organizationId(),
                a.role(), a.status(), a.lateMinutes(), a.earlyMinutes(), a.preparationHours(), a.travelHours(), a.guest(), now, now);
    }

    static void update(Connection c, Attendance a, Instant now) throws SQLException {
        Sql.update(c, "UPDATE attendance SET organization_id = ?, role = ?, status = ?, late_minutes = ?, early_minutes = ?,"
                + " preparation_hours = ?, travel_hours = ?, guest = ?, updated_at = ? WHERE id = ?", a.organizationId(), a.role(),
                a.status(), a.lateMinutes(), a.earlyMinutes(), a.preparationHours(), a.travelHours(), a.guest(), now, a.id());
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM attendance WHERE id = ?", id);
    }
}
