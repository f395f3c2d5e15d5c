package nl.werkbank.core.teams;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Sql;

/** SQL for memberships. The organisation shown is the one the person represented on the given date. */
final class MembershipRepository {

    private static final String COLUMNS = "m.id, m.team_id, m.person_id, m.role, m.valid_from, m.valid_to,"
            + " m.predecessor_id, m.created_at, m.updated_at";

    /** Joins person and the affiliation in force on the date bound as the first two parameters. */
    private static final String SELECT_MEMBERS = "SELECT " + COLUMNS + ", p.name AS person_name, o.name AS organization_name"
            + " FROM membership m JOIN person p ON p.id = m.person_id"
            + " LEFT JOIN affiliation a ON a.person_id = m.person_id AND a.valid_from <= ?"
            + "   AND (a.valid_to IS NULL OR a.valid_to >= ?)"
            + " LEFT JOIN organization o ON o.id = a.organization_id";

    private MembershipRepository() {
    }

    static Membership map(ResultSet row) throws SQLException {
        return new Membership(Sql.uuid(row, "id"), Sql.uuid(row, "team_id"), Sql.uuid(row, "person_id"),
                Sql.enumValue(row, "role", MembershipRole.class), Sql.date(row, "valid_from"), Sql.date(row, "valid_to"),
                Sql.uuid(row, "predecessor_id"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static TeamMember mapMember(ResultSet row) throws SQLException {
        return new TeamMember(map(row), row.getString("person_name"), row.getString("organization_name"));
    }

    /** Everyone who was a member of the team on {@code date}, with the organisation of that day. */
    static List<TeamMember> on(Connection c, UUID teamId, LocalDate date) throws SQLException {
        return Sql.list(c, SELECT_MEMBERS + " WHERE m.team_id = ? AND m.valid_from <= ?"
                + " AND (m.valid_to IS NULL OR m.valid_to >= ?) ORDER BY LOWER(p.name), m.id",
                MembershipRepository::mapMember, date, date, teamId, date, date);
    }

    /**
     * All memberships of the team, running ones first. The organisation shown is the one on the last
     * day of the membership, or on {@code today} for running ones.
     */
    static List<TeamMember> all(Connection c, UUID teamId, LocalDate today) throws SQLException {
        String sql = "SELECT " + COLUMNS + ", p.name AS person_name, o.name AS organization_name"
                + " FROM membership m JOIN person p ON p.id = m.person_id"
                + " LEFT JOIN affiliation a ON a.person_id = m.person_id"
                + "   AND a.valid_from <= LEAST(COALESCE(m.valid_to, ?), ?)"
                + "   AND (a.valid_to IS NULL OR a.valid_to >= LEAST(COALESCE(m.valid_to, ?), ?))"
                + " LEFT JOIN organization o ON o.id = a.organization_id"
                + " WHERE m.team_id = ? ORDER BY CASE WHEN m.valid_to IS NULL OR m.valid_to >= ? THEN 0 ELSE 1 END,"
                + " LOWER(p.name), m.valid_from";
        return Sql.list(c, sql, MembershipRepository::mapMember, today, today, today, today, teamId, today);
    }

    static List<Membership> ofPersonInTeam(Connection c, UUID teamId, UUID personId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM membership m WHERE m.team_id = ? AND m.person_id = ?",
                MembershipRepository::map, teamId, personId);
    }

    static List<PersonMembership> ofPerson(Connection c, UUID personId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + ", t.name AS team_name FROM membership m JOIN team t ON t.id = m.team_id"
                + " WHERE m.person_id = ? ORDER BY m.valid_from DESC, LOWER(t.name)",
                row -> new PersonMembership(map(row), row.getString("team_name")), personId);
    }

    static Optional<Membership> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM membership m WHERE m.id = ?", MembershipRepository::map, id);
    }

    static List<UUID> idsOfPerson(Connection c, UUID personId) throws SQLException {
        return Sql.list(c, "SELECT id FROM membership WHERE person_id = ?", row -> Sql.uuid(row, "id"), personId);
    }

    static List<UUID> idsOfTeam(Connection c, UUID teamId) throws SQLException {
        return Sql.list(c, "SELECT id FROM membership WHERE team_id = ?", row -> Sql.uuid(row, "id"), teamId);
    }

    static void insert(Connection c, Membership m, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO membership (id, team_id, person_id, role, valid_from, valid_to, predecessor_id,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.teamId(), m.personId(),
                m.role(), m.from(), m.to(), m.predecessorId(), now, now);
    }

    static void update(Connection c, Membership m, Instant now) throws SQLException {
        Sql.update(c, "UPDATE membership SET person_id = ?, role = ?, valid_from = ?, valid_to = ?, updated_at = ?"
                + " WHERE id = ?", m.personId(), m.role(), m.from(), m.to(), now, m.id());
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM membership WHERE id = ?", id);
    }
}
