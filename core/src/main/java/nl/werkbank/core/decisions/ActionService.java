package nl.werkbank.core.decisions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.Tombstones;

/** Actions (taken): made in a meeting, reviewed at the team's next one, and listed across teams. */
public final class ActionService {

    private static final String ROWS = "SELECT a.*, t.name AS team_name, m.meeting_date FROM action_item a"
            + " LEFT JOIN team t ON t.id = a.team_id LEFT JOIN meeting m ON m.id = a.meeting_id";
    private static final String ORDER = " ORDER BY CASE WHEN a.due_date IS NULL THEN 1 ELSE 0 END, a.due_date, a.created_at, a.id";

    private final Database db;
    private final Clock clock;
    private final MeetingService meetings;

    public ActionService(Database db, Clock clock, MeetingService meetings) {
        this.db = db;
        this.clock = clock;
        this.meetings = meetings;
    }

    /** Saves an action with its owners. The team is the one of the meeting it came from. */
    public ActionItem save(ActionItem action) {
        String description = Validator.clean(action.description());
        new Validator().required("description", description, "error.text.required").maxLength("description", description, 1000)
                .required("status", action.status(), "error.action.statusRequired").throwIfInvalid();
        return db.transaction(c -> {
            Instant now = clock.instant();
            UUID teamId = action.teamId();
            if (teamId == null && action.meetingId() != null) {
                teamId = meetings.find(action.meetingId()).map(Meeting::teamId).orElse(null);
            }
            int updated = Sql.update(c, "UPDATE action_item SET description = ?, due_date = ?, status = ?, updated_at = ?"
                    + " WHERE id = ?", description, action.dueDate(), action.status(), now, action.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO action_item (id, team_id, meeting_id, decision_id, condition_id, description, due_date,"
                        + " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", action.id(), teamId,
                        action.meetingId(), action.decisionId(), action.conditionId(), description, action.dueDate(),
                        action.status(), now, now);
            }
            saveOwners(c, action.id(), action.ownerIds(), now);
            return get(c, action.id()).action();
        });
    }

    /** The quick review at the next meeting: gedaan, nog open (maybe with a new due date), vervallen. */
    public ActionItem review(UUID actionId, ActionStatus status, LocalDate due) {
        return db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE action_item SET status = ?, due_date = ?, updated_at = ? WHERE id = ?", status, due,
                    clock.instant(), actionId);
            if (updated == 0) {
                throw new NotFoundException("action", actionId);
            }
            return get(c, actionId).action();
        });
    }

    public void delete(UUID actionId) {
        db.transaction(c -> {
            Instant now = clock.instant();
            for (UUID owner : Sql.list(c, "SELECT id FROM action_owner WHERE action_id = ?", row -> Sql.uuid(row, "id"), actionId)) {
                Tombstones.record(c, "action_owner", owner, now);
            }
            Sql.update(c, "DELETE FROM action_item WHERE id = ?", actionId);
            Tombstones.record(c, "action_item", actionId, now);
            return null;
        });
    }

    /** The actions made in this meeting. */
    public List<ActionRow> ofMeeting(UUID meetingId) {
        return db.transaction(c -> rows(c, ROWS + " WHERE a.meeting_id = ?" + ORDER, meetingId));
    }

    /** For the review at the start of a meeting: the team's actions still open from earlier meetings. */
    public List<ActionRow> toReview(UUID meetingId) {
        return db.transaction(c -> {
            Meeting meeting = meetings.get(meetingId);
            if (meeting.teamId() == null) {
                return List.of();
            }
            return rows(c, ROWS + " WHERE a.team_id = ? AND a.status = 'OPEN' AND (a.meeting_id IS NULL OR m.meeting_date < ?"
                    + " OR (m.meeting_date = ? AND m.start_time < ?))" + ORDER, meeting.teamId(), meeting.date(), meeting.date(),
                    meeting.start());
        });
    }

    /** The actions overview: per team or across teams, by owner, status, and only the overdue ones. */
    public List<ActionRow> find(ActionFilter filter) {
        String sql = ROWS + " WHERE (CAST(? AS UUID) IS NULL OR a.team_id = ?)"
                + " AND (CAST(? AS UUID) IS NULL OR EXISTS (SELECT 1 FROM action_owner o WHERE o.action_id = a.id AND o.person_id = ?))"
                + " AND (CAST(? AS VARCHAR) IS NULL OR a.status = ?)"
                + " AND (? = FALSE OR (a.status = 'OPEN' AND a.due_date < ?))" + ORDER;
        return db.transaction(c -> rows(c, sql, filter.teamId(), filter.teamId(), filter.ownerId(), filter.ownerId(),
                filter.status(), filter.status(), filter.overdueOnly(), LocalDate.now(clock)));
    }

    public ActionRow get(UUID actionId) {
        return db.transaction(c -> get(c, actionId));
    }

    List<ActionRow> ofDecision(Connection c, UUID decisionId) throws SQLException {
        return rows(c, ROWS + " WHERE a.decision_id = ?" + ORDER, decisionId);
    }

    private ActionRow get(Connection c, UUID actionId) throws SQLException {
        List<ActionRow> rows = rows(c, ROWS + " WHERE a.id = ?", actionId);
        if (rows.isEmpty()) {
            throw new NotFoundException("action", actionId);
        }
        return rows.get(0);
    }

    private void saveOwners(Connection c, UUID actionId, List<UUID> owners, Instant now) throws SQLException {
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(owners));
        for (var existing : Sql.list(c, "SELECT id, person_id FROM action_owner WHERE action_id = ?",
                row -> Map.entry(Sql.uuid(row, "id"), Sql.uuid(row, "person_id")), actionId)) {
            if (!wanted.contains(existing.getValue())) {
                Sql.update(c, "DELETE FROM action_owner WHERE id = ?", existing.getKey());
                Tombstones.record(c, "action_owner", existing.getKey(), now);
            }
        }
        for (UUID person : wanted) {
            if (Sql.count(c, "SELECT COUNT(*) FROM action_owner WHERE action_id = ? AND person_id = ?", actionId, person) == 0) {
                Sql.update(c, "INSERT INTO action_owner (id, action_id, person_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                        UUID.randomUUID(), actionId, person, now, now);
            }
        }
    }

    /** Reads actions, then their owners in one query (ordered by name). */
    private static List<ActionRow> rows(Connection c, String sql, Object... params) throws SQLException {
        List<ActionRow> bare = Sql.list(c, sql, ActionService::bare, params);
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
                    a.description(), a.dueDate(), a.status(), ownerIds.getOrDefault(a.id(), List.of()), a.createdAt(), a.updatedAt());
            return new ActionRow(withOwners, row.teamName(), row.meetingDate(), ownerNames.getOrDefault(a.id(), List.of()));
        }).toList();
    }

    private static ActionRow bare(ResultSet row) throws SQLException {
        ActionItem action = new ActionItem(Sql.uuid(row, "id"), Sql.uuid(row, "team_id"), Sql.uuid(row, "meeting_id"),
                Sql.uuid(row, "decision_id"), Sql.uuid(row, "condition_id"), row.getString("description"),
                Sql.date(row, "due_date"), Sql.enumValue(row, "status", ActionStatus.class), List.of(),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
        return new ActionRow(action, row.getString("team_name"), Sql.date(row, "meeting_date"), List.of());
    }
}
