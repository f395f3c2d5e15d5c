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

/** SQL for teams. */
final class TeamRepository {

    private static final String COLUMNS = "t.id, t.name, t.short_name, t.theme, t.period, t.mission, t.start_date,"
            + " t.end_date, t.created_at, t.updated_at";

    private TeamRepository() {
    }

    static Team map(ResultSet row) throws SQLException {
        return new Team(Sql.uuid(row, "id"), row.getString("name"), row.getString("short_name"), row.getString("theme"),
                row.getString("period"), row.getString("mission"), Sql.date(row, "start_date"), Sql.date(row, "end_date"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static Optional<Team> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM team t WHERE t.id = ?", TeamRepository::map, id);
    }

    static List<TeamRow> search(Connection c, String text, LocalDate date) throws SQLException {
        // An ended team counts its members on its last day, not on (empty) today.
        String onDate = "LEAST(CAST(? AS DATE), COALESCE(t.end_date, CAST(? AS DATE)))";
        String sql = "SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM membership m WHERE m.team_id = t.id"
                + "   AND m.valid_from <= " + onDate + " AND (m.valid_to IS NULL OR m.valid_to >= " + onDate + "))"
                + " AS member_count"
                + " FROM team t WHERE LOWER(t.name) LIKE ? OR LOWER(t.short_name) LIKE ? OR LOWER(t.theme) LIKE ?"
                + " ORDER BY t.start_date DESC NULLS LAST, LOWER(t.name), t.id";
        String pattern = Sql.containsPattern(text);
        return Sql.list(c, sql, row -> new TeamRow(map(row), row.getLong("member_count")), date, date, date, date,
                pattern, pattern, pattern);
    }

    static boolean nameExists(Connection c, String name, UUID exceptId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM team WHERE LOWER(name) = ? AND id <> ?", name.strip().toLowerCase(), exceptId) > 0;
    }

    static void insert(Connection c, Team t, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO team (id, name, short_name, theme, period, mission, start_date, end_date, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.name(), t.shortName(), t.theme(), t.period(),
                t.mission(), t.start(), t.end(), now, now);
    }

    static void update(Connection c, Team t, Instant now) throws SQLException {
        Sql.update(c, "UPDATE team SET name = ?, short_name = ?, theme = ?, period = ?, mission = ?, start_date = ?,"
                + " end_date = ?, updated_at = ? WHERE id = ?", t.name(), t.shortName(), t.theme(), t.period(),
                t.mission(), t.start(), t.end(), now, t.id());
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM team WHERE id = ?", id);
    }
}
