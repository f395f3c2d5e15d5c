package nl.werkbank.core.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * SQL for actions and their owners; each call joins the caller's transaction. Rows carry the team's name, the
 * meeting's date and the owners' names as a read model for the overviews.
 */
final class ActionRepository {

    private static final String ROWS = "SELECT a.*, t.name AS team_name, m.meeting_date FROM action_item a"
            + " LEFT JOIN team t ON t.id = a.team_id LEFT JOIN meeting m ON m.id = a.meeting_id";
    private static final String ORDER = " ORDER BY CASE WHEN a.due_date IS NULL THEN 1 ELSE 0 END, a.due_date, a.created_at, a.id";

    private final Database db;

    ActionRepository(Database db) {
        this.db = db;
    }

    /** Saves the fields that can change; false when the action is new. */
    boolean update(UUID id, String description, LocalDate due, ActionStatus status, Instant now) {
        return db.transaction(c -> Sql.update(c, "UPDATE action_item SET description = ?, due_date = ?, status = ?,"
                + " updated_at = ? WHERE id = ?", description, due, status, now, id)) > 0;
    }

    void insert(ActionItem a, UUID teamId, String description, Instant now) {
        db.transaction(c -> Sql.update(c, "INSERT INTO action_item (id, team_id, meeting_id, decision_id, condition_id,"
                + " description, due_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(),
                teamId, a.meetingId(), a.decisionId(), a.conditionId(), description, a.dueDate(), a.status(), now, now));
    }

    void delete(UUID id) {
        db.transaction(c -> Sql.update(c, "DELETE FROM action_item WHERE id = ?", id));
    }

    /** The owner rows: their id and the person. */
    Map<UUID, UUID> owners(UUID actionId) {
        return db.transaction(c -> {
            Map<UUID, UUID> result = new HashMap<>();
            Sql.list(c, "SELECT id, person_id FROM action_owner WHERE action_id = ?",
                    row -> result.put(Sql.uuid(row, "id"), Sql.uuid(row, "person_id")), actionId);
            return result;
        });
    }

    void addOwner(UUID actionId, UUID personId, Instant now) {
        db.transaction(c -> Sql.update(c, "INSERT INTO action_owner (id, action_id, person_id, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?)", UUID.randomUUID(), actionId, personId, now, now));
    }

    void deleteOwner(UUID ownerRowId) {
        db.transaction(c -> Sql.update(c, "DELETE FROM action_owner WHERE id = ?", ownerRowId));
    }

    Optional<ActionRow> find(UUID id) {
        List<ActionRow> rows = rows(ROWS + " WHERE a.id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    List<ActionRow> ofMeeting(UUID meetingId) {
        return rows(ROWS + " WHERE a.meeting_id = ?" + ORDER, meetingId);
    }

    List<ActionRow> ofDecision(UUID decisionId) {
        return rows(ROWS + " WHERE a.decision_id = ?" + ORDER, decisionId);
    }

    /** The team's open actions made before the given moment (or outside any meeting). */
    List<ActionRow> openBefore(UUID teamId, LocalDate date, LocalTime start) {
        return rows(ROWS + " WHERE a.team_id = ? AND a.status = ? AND (a.meeting_id IS NULL OR m.meeting_date < ?"
                + " OR (m.meeting_date = ? AND m.start_time < ?))" + ORDER, teamId, ActionStatus.OPEN, date, date, start);
    }

    List<ActionRow> find(ActionFilter filter, LocalDate today) {
        return rows(ROWS + " WHERE (CAST(? AS UUID) IS NULL OR a.team_id = ?)"
                + " AND (CAST(? AS UUID) IS NULL OR EXISTS (SELECT 1 FROM action_owner o WHERE o.action_id = a.id AND o.person_id = ?))"
                + " AND (CAST(? AS VARCHAR) IS NULL OR a.status = ?)"
                + " AND (? = FALSE OR (a.status = ? AND a.due_date < ?))" + ORDER, filter.teamId(), filter.teamId(),
                filter.ownerId(), filter.ownerId(), filter.status(), filter.status(), filter.overdueOnly(), ActionStatus.OPEN,
                today);
    }

    /** Reads actions, then their owners in one query (ordered by name). */
    private List<ActionRow> rows(String sql, Object... params) {
        return db.transaction(c -> {
            List<ActionRow> bare = Sql.list(c, sql, ActionRepository::bare, params);
            if (bare.isEmpty()) {
                return bare;
            }
            Map<UUID, List<UUID>> ownerIds = new HashMap<>();
            Map<UUID, List<String>> ownerNames = new HashMap<>();
            UUID[] ids = bare.stream().map(row -> row.action().id()).toArray(UUID[]::new);
            Sql.list(c, "SELECT o.action_id, o.person_id, p.name FROM action_owner o JOIN person p ON p.id = o.person_id"
                    + " WHERE o.action_id = ANY(?) ORDER BY p.name", row -> {
                        UUID action = Sql.uuid(row, "action_id");
                        ownerIds.computeIfAbsent(action, key -> new ArrayList<>()).add(Sql.uuid(row, "person_id"));
                        ownerNames.computeIfAbsent(action, key -> new ArrayList<>()).add(row.getString("name"));
                        return action;
                    }, (Object) ids);
            return bare.stream().map(row -> {
                ActionItem a = row.action();
                ActionItem withOwners = new ActionItem(a.id(), a.teamId(), a.meetingId(), a.decisionId(), a.conditionId(),
                        a.description(), a.dueDate(), a.status(), ownerIds.getOrDefault(a.id(), List.of()), a.createdAt(),
                        a.updatedAt());
                return new ActionRow(withOwners, row.teamName(), row.meetingDate(), ownerNames.getOrDefault(a.id(), List.of()));
            }).toList();
        });
    }

    private static ActionRow bare(ResultSet row) throws SQLException {
        ActionItem action = new ActionItem(Sql.uuid(row, "id"), Sql.uuid(row, "team_id"), Sql.uuid(row, "meeting_id"),
                Sql.uuid(row, "decision_id"), Sql.uuid(row, "condition_id"), row.getString("description"),
                Sql.date(row, "due_date"), Sql.enumValue(row, "status", ActionStatus.class), List.of(),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
        return new ActionRow(action, row.getString("team_name"), Sql.date(row, "meeting_date"), List.of());
    }
}
