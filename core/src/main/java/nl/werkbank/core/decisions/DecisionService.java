package nl.werkbank.core.decisions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.Tombstones;

/**
 * Deep Democracy decisions over their life: raised in a meeting, worked on in rounds, taken or postponed,
 * resumed in a later meeting of the same team. The steps themselves are in {@link DecisionSteps}.
 */
public final class DecisionService {

    private static final String SESSIONS = "SELECT s.meeting_id, s.round, m.meeting_date FROM decision_session s"
            + " JOIN meeting m ON m.id = s.meeting_id WHERE s.decision_id = ? ORDER BY m.meeting_date, m.start_time";

    private final Database db;
    private final Clock clock;
    private final ActionService actions;
    private final MeetingService meetings;

    public DecisionService(Database db, Clock clock, ActionService actions, MeetingService meetings) {
        this.db = db;
        this.clock = clock;
        this.actions = actions;
        this.meetings = meetings;
    }

    /** Raises a new decision in a meeting (step 1, the question or proposal). */
    public Decision start(UUID meetingId, String question) {
        String text = Validator.clean(question);
        new Validator().required("question", text, "error.decision.questionRequired").maxLength("question", text, 2000)
                .throwIfInvalid();
        return db.transaction(c -> {
            Meeting meeting = meeting(c, meetingId);
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            Sql.update(c, "INSERT INTO decision (id, meeting_id, team_id, question, round, status, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, 1, ?, ?, ?)", id, meetingId, meeting.teamId(), text, DecisionStatus.OPEN, now, now);
            addSession(c, id, meetingId, 1, now);
            return get(c, id);
        });
    }

    /**
     * Saves the question, the outcome (final text, support, status) and the beamer's name setting. A decision
     * cannot be "besloten" without a final text.
     */
    public Decision save(Decision decision) {
        String question = Validator.clean(decision.question());
        String finalText = Validator.clean(decision.finalText());
        Validator validator = new Validator().required("question", question, "error.decision.questionRequired")
                .maxLength("question", question, 2000).maxLength("finalText", finalText, 4000)
                .required("status", decision.status(), "error.decision.statusRequired");
        if (decision.status() == DecisionStatus.DECIDED && finalText == null) {
            validator.add(Problem.of("finalText", "error.decision.finalTextRequired"));
        }
        validator.throwIfInvalid();
        return db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE decision SET question = ?, final_text = ?, support = ?, status = ?,"
                    + " show_names = ?, updated_at = ? WHERE id = ?", question, finalText, decision.support(),
                    decision.status(), decision.showNames(), clock.instant(), decision.id());
            if (updated == 0) {
                throw new NotFoundException("decision", decision.id());
            }
            return get(c, decision.id());
        });
    }

    /** No majority: back to the perspectives. The round counter goes up; earlier rounds stay as they were. */
    public Decision nextRound(UUID decisionId) {
        return db.transaction(c -> {
            Sql.update(c, "UPDATE decision SET round = round + 1, status = ?, updated_at = ? WHERE id = ?",
                    DecisionStatus.OPEN, clock.instant(), decisionId);
            return get(c, decisionId);
        });
    }

    /**
     * Takes up a postponed (or still open) decision in a later meeting of the same team: it opens again in a new
     * round, and the meeting is added to its history.
     */
    public Decision resume(UUID decisionId, UUID meetingId) {
        return db.transaction(c -> {
            Decision decision = get(c, decisionId);
            Meeting meeting = meeting(c, meetingId);
            if (decision.teamId() == null || !decision.teamId().equals(meeting.teamId())) {
                throw new nl.werkbank.core.common.ValidationException(List.of(
                        Problem.of("meeting", "error.decision.otherTeam")));
            }
            if (Sql.count(c, "SELECT COUNT(*) FROM decision_session WHERE decision_id = ? AND meeting_id = ?",
                    decisionId, meetingId) > 0) {
                return decision;
            }
            Instant now = clock.instant();
            int round = decision.round() + 1;
            Sql.update(c, "UPDATE decision SET round = ?, status = ?, updated_at = ? WHERE id = ?", round,
                    DecisionStatus.OPEN, now, decisionId);
            addSession(c, decisionId, meetingId, round, now);
            return get(c, decisionId);
        });
    }

    public Decision get(UUID id) {
        return db.transaction(c -> get(c, id));
    }

    /** The decisions worked on in this meeting (raised here or resumed here), in the order they came up. */
    public List<Decision> ofMeeting(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT d.* FROM decision d JOIN decision_session s ON s.decision_id = d.id"
                + " WHERE s.meeting_id = ? ORDER BY s.created_at, d.id", DecisionRows::decision, meetingId));
    }

    /**
     * Decisions of the meeting's team that were postponed or left open in an earlier meeting and are not taken
     * up in this one yet: what the facilitator can resume.
     */
    public List<Decision> toResume(UUID meetingId) {
        return db.transaction(c -> {
            Meeting meeting = meeting(c, meetingId);
            if (meeting.teamId() == null) {
                return List.of();
            }
            return Sql.list(c, "SELECT d.* FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.team_id = ?"
                    + " AND d.status <> ? AND (m.meeting_date < ? OR (m.meeting_date = ? AND m.start_time < ?))"
                    + " AND NOT EXISTS (SELECT 1 FROM decision_session s WHERE s.decision_id = d.id AND s.meeting_id = ?)"
                    + " ORDER BY m.meeting_date, d.created_at", DecisionRows::decision, meeting.teamId(),
                    DecisionStatus.DECIDED, meeting.date(), meeting.date(), meeting.start(), meetingId);
        });
    }

    /** Everything about a decision: meetings, perspectives, alternatives, votes, conditions, actions. */
    public DecisionHistory history(UUID decisionId) {
        return db.transaction(c -> new DecisionHistory(get(c, decisionId),
                Sql.list(c, SESSIONS, DecisionRows::session, decisionId),
                Sql.list(c, DecisionSteps.PERSPECTIVES, DecisionRows::perspective, decisionId),
                Sql.list(c, DecisionSteps.ALTERNATIVES, DecisionRows::alternative, decisionId),
                Sql.list(c, DecisionSteps.VOTES, DecisionRows::vote, decisionId),
                Sql.list(c, DecisionSteps.CONDITIONS, DecisionRows::condition, decisionId),
                actions.ofDecision(c, decisionId)));
    }

    /**
     * The decision log: every decision of a team (null: all teams), newest first, whose question, final text,
     * perspectives, alternatives or minority conditions contain {@code search} (blank: all).
     */
    public List<DecisionSummary> log(UUID teamId, String search) {
        String pattern = Sql.containsPattern(search);
        String sql = "SELECT d.*, t.name AS team_name, m.meeting_date AS raised_on,"
                + " (SELECT MAX(m2.meeting_date) FROM decision_session s JOIN meeting m2 ON m2.id = s.meeting_id"
                + "   WHERE s.decision_id = d.id) AS last_on,"
                + " (SELECT v.votes_for || ',' || v.votes_against FROM decision_vote v WHERE v.decision_id = d.id"
                + "   ORDER BY v.round DESC, v.created_at DESC LIMIT 1) AS last_vote"
                + " FROM decision d JOIN meeting m ON m.id = d.meeting_id LEFT JOIN team t ON t.id = d.team_id"
                + " WHERE (CAST(? AS UUID) IS NULL OR d.team_id = ?) AND (LOWER(d.question) LIKE ? ESCAPE '\\'"
                + " OR LOWER(COALESCE(d.final_text, '')) LIKE ? ESCAPE '\\'"
                + " OR EXISTS (SELECT 1 FROM decision_perspective p WHERE p.decision_id = d.id AND LOWER(p.text) LIKE ? ESCAPE '\\')"
                + " OR EXISTS (SELECT 1 FROM decision_alternative a WHERE a.decision_id = d.id"
                + "   AND LOWER(a.text || ' ' || COALESCE(a.reason, '')) LIKE ? ESCAPE '\\')"
                + " OR EXISTS (SELECT 1 FROM minority_condition mc WHERE mc.decision_id = d.id AND LOWER(mc.text) LIKE ? ESCAPE '\\'))"
                + " ORDER BY last_on DESC, d.created_at DESC";
        return db.transaction(c -> Sql.list(c, sql, row -> new DecisionSummary(DecisionRows.decision(row),
                row.getString("team_name"), Sql.date(row, "raised_on"), Sql.date(row, "last_on"), outcome(row.getString("last_vote"))),
                teamId, teamId, pattern, pattern, pattern, pattern, pattern));
    }

    private static VoteOutcome outcome(String lastVote) {
        if (lastVote == null) {
            return null;
        }
        String[] counts = lastVote.split(",");
        return VoteRules.outcome(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]));
    }

    /** Deletes a decision with all its steps and actions; each leaves a tombstone. */
    public void delete(UUID decisionId) {
        db.transaction(c -> {
            Instant now = clock.instant();
            for (String table : List.of("decision_session", "decision_perspective", "decision_alternative", "decision_vote",
                    "minority_condition", "action_item")) {
                for (UUID child : Sql.list(c, "SELECT id FROM " + table + " WHERE decision_id = ?", row -> Sql.uuid(row, "id"),
                        decisionId)) {
                    Tombstones.record(c, table, child, now);
                }
            }
            Sql.update(c, "DELETE FROM decision WHERE id = ?", decisionId);
            Tombstones.record(c, "decision", decisionId, now);
            return null;
        });
    }

    static Decision get(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT * FROM decision WHERE id = ?", DecisionRows::decision, id)
                .orElseThrow(() -> new NotFoundException("decision", id));
    }

    /** Joins the caller's transaction. */
    private Meeting meeting(Connection c, UUID meetingId) {
        return meetings.get(meetingId);
    }

    private static void addSession(Connection c, UUID decisionId, UUID meetingId, int round, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO decision_session (id, decision_id, meeting_id, round, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), decisionId, meetingId, round, now, now);
    }
}
