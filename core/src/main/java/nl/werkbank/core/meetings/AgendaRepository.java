package nl.werkbank.core.meetings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Sql;

/** SQL for agenda items. */
final class AgendaRepository {

    private static final String SELECT = "SELECT id, meeting_id, position, title, method, planned_minutes, actual_minutes,"
            + " created_at, updated_at FROM agenda_item";

    private AgendaRepository() {
    }

    static AgendaItem map(ResultSet row) throws SQLException {
        return new AgendaItem(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), row.getInt("position"),
                row.getString("title"), row.getString("method"), (Integer) row.getObject("planned_minutes"),
                (Integer) row.getObject("actual_minutes"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static List<AgendaItem> of(Connection c, UUID meetingId) throws SQLException {
        return Sql.list(c, SELECT + " WHERE meeting_id = ? ORDER BY position, created_at", AgendaRepository::map, meetingId);
    }

    static Optional<AgendaItem> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE id = ?", AgendaRepository::map, id);
    }

    static void insert(Connection c, AgendaItem a, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO agenda_item (id, meeting_id, position, title, method, planned_minutes, actual_minutes,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.meetingId(), a.position(),
                a.title(), a.method(), a.plannedMinutes(), a.actualMinutes(), now, now);
    }

    static void update(Connection c, AgendaItem a, Instant now) throws SQLException {
        Sql.update(c, "UPDATE agenda_item SET position = ?, title = ?, method = ?, planned_minutes = ?, actual_minutes = ?,"
                + " updated_at = ? WHERE id = ?", a.position(), a.title(), a.method(), a.plannedMinutes(), a.actualMinutes(),
                now, a.id());
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM agenda_item WHERE id = ?", id);
    }
}
