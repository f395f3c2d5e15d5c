package nl.werkbank.core.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * SQL for decisions and the meetings they were worked on; each call joins the caller's transaction. The log and
 * the history read the meeting's date and the team's name beside them, as a read model for display.
 */
final class DecisionRepository {

    private final Database db;

    DecisionRepository(Database db) {
        this.db = db;
    }

    Optional<Decision> find(UUID id) {
        return db.transaction(c -> Sql.one(c, "SELECT * FROM decision WHERE id = ?", DecisionRepository::decision, id));
    }

    void insert(UUID id, UUID meetingId, UUID teamId, String question, Instant now) {
        db.transaction(c -> Sql.update(c, "INSERT INTO decision (id, meeting_id, team_id, question, round, status, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)", id, meetingId, teamId, question, DecisionStatus.OPEN, now, now));
    }

    /** Saves what the facilitator edits; false when the decision is gone. */
    boolean update(Decision decision, String question, String finalText, Instant now) {
        return db.transaction(c -> Sql.update(c, "UPDATE decision SET question = ?, final_text = ?, support = ?, status = ?,"
                + " show_names = ?, updated_at = ? WHERE id = ?", question, finalText, decision.support(), decision.status(),
                decision.showNames(), now, decision.id())) > 0;
    }

    void openRound(UUID decisionId, int round, Instant now) {
        db.transaction(c -> Sql.update(c, "UPDATE decision SET round = ?, status = ?, updated_at = ? WHERE id = ?", round,
                DecisionStatus.OPEN, now, decisionId));
    }

    void delete(UUID decisionId) {
        db.transaction(c -> Sql.update(c, "DELETE FROM decision WHERE id = ?", decisionId));
    }

    boolean hasSession(UUID decisionId, UUID meetingId) {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM decision_session WHERE decision_id = ? AND meeting_id = ?",
                decisionId, meetingId)) > 0;
    }

    void addSession(UUID decisionId, UUID meetingId, int round, Instant now) {
        db.transaction(c -> Sql.update(c, "INSERT INTO decision_session (id, decision_id, meeting_id, round, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), decisionId, meetingId, round, now, now));
    }

    List<DecisionSession> sessions(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, "SELECT s.meeting_id, s.round, m.meeting_date FROM decision_session s"
                + " JOIN meeting m ON m.id = s.meeting_id WHERE s.decision_id = ? ORDER BY m.meeting_date, m.start_time",
                row -> new DecisionSession(Sql.uuid(row, "meeting_id"), Sql.date(row, "meeting_date"), row.getInt("round")),
                decisionId));
    }

    /** The decisions worked on in a meeting, in the order they came up there. */
    List<Decision> ofMeeting(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT d.* FROM decision d JOIN decision_session s ON s.decision_id = d.id"
                + " WHERE s.meeting_id = ? ORDER BY s.created_at, d.id", DecisionRepository::decision, meetingId));
    }

    /** The team's decisions not yet decided, raised before the given moment and not yet worked on in this meeting. */
    List<Decision> openBefore(UUID teamId, LocalDate date, LocalTime start, UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT d.* FROM decision d JOIN meeting m ON m.id = d.meeting_id"
                + " WHERE d.team_id = ? AND d.status <> ? AND (m.meeting_date < ? OR (m.meeting_date = ? AND m.start_time < ?))"
                + " AND NOT EXISTS (SELECT 1 FROM decision_session s WHERE s.decision_id = d.id AND s.meeting_id = ?)"
                + " ORDER BY m.meeting_date, d.created_at", DecisionRepository::decision, teamId, DecisionStatus.DECIDED, date,
                date, start, meetingId));
    }

    /** The decision log's lines whose texts, in any step, contain {@code search}. */
    List<DecisionSummary> log(UUID teamId, String search) {
        String pattern = Sql.containsPattern(search);
        String sql = "SELECT d.*, t.name AS team_name, m.meeting_date AS raised_on,"
                + " (SELECT MAX(m2.meeting_date) FROM decision_session s JOIN meeting m2 ON m2.id = s.meeting_id"
                + "   WHERE s.decision_id = d.id) AS last_on,"
                + " (SELECT v.votes_for FROM decision_vote v WHERE v.decision_id = d.id"
                + "   ORDER BY v.round DESC, v.created_at DESC LIMIT 1) AS last_for,"
                + " (SELECT v.votes_against FROM decision_vote v WHERE v.decision_id = d.id"
                + "   ORDER BY v.round DESC, v.created_at DESC LIMIT 1) AS last_against"
                + " FROM decision d JOIN meeting m ON m.id = d.meeting_id LEFT JOIN team t ON t.id = d.team_id"
                + " WHERE (CAST(? AS UUID) IS NULL OR d.team_id = ?) AND (LOWER(d.question) LIKE ? ESCAPE '\\'"
                + " OR LOWER(COALESCE(d.final_text, '')) LIKE ? ESCAPE '\\'"
                + " OR EXISTS (SELECT 1 FROM decision_perspective p WHERE p.decision_id = d.id AND LOWER(p.text) LIKE ? ESCAPE '\\')"
                + " OR EXISTS (SELECT 1 FROM decision_alternative a WHERE a.decision_id = d.id"
                + "   AND LOWER(a.text || ' ' || COALESCE(a.reason, '')) LIKE ? ESCAPE '\\')"
                + " OR EXISTS (SELECT 1 FROM minority_condition mc WHERE mc.decision_id = d.id AND LOWER(mc.text) LIKE ? ESCAPE '\\'))"
                + " ORDER BY last_on DESC, d.created_at DESC";
        return db.transaction(c -> Sql.list(c, sql, row -> new DecisionSummary(decision(row), row.getString("team_name"),
                Sql.date(row, "raised_on"), Sql.date(row, "last_on"), lastOutcome(row)),
                teamId, teamId, pattern, pattern, pattern, pattern, pattern));
    }

    private static VoteOutcome lastOutcome(ResultSet row) throws SQLException {
        Integer votesFor = (Integer) row.getObject("last_for");
        return votesFor == null ? null : VoteRules.outcome(votesFor, row.getInt("last_against"));
    }

    private static Decision decision(ResultSet row) throws SQLException {
        return new Decision(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), Sql.uuid(row, "team_id"),
                row.getString("question"), row.getInt("round"), row.getString("final_text"),
                Sql.enumValue(row, "support", Support.class), Sql.enumValue(row, "status", DecisionStatus.class),
                row.getBoolean("show_names"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
