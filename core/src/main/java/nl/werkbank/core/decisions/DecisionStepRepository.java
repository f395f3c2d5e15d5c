package nl.werkbank.core.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * SQL for a decision's steps: perspectives, alternatives, votes with their ballots, minority conditions. Each
 * call joins the caller's transaction; saves update the row or insert it when it is new.
 */
final class DecisionStepRepository {

    private static final String PERSPECTIVE = "SELECT p.*, pe.name AS person_name FROM decision_perspective p"
            + " LEFT JOIN person pe ON pe.id = p.person_id";

    private final Database db;

    DecisionStepRepository(Database db) {
        this.db = db;
    }

    List<Perspective> perspectives(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, PERSPECTIVE + " WHERE p.decision_id = ? ORDER BY p.round, p.created_at, p.id",
                DecisionStepRepository::perspective, decisionId));
    }

    Perspective save(Perspective p, String text, int round, Instant now) {
        return db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE decision_perspective SET text = ?, valence = ?, other_voice = ?, person_id = ?,"
                    + " updated_at = ? WHERE id = ?", text, p.valence(), p.otherVoice(), p.personId(), now, p.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO decision_perspective (id, decision_id, meeting_id, round, text, valence, other_voice,"
                        + " person_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.decisionId(),
                        p.meetingId(), round, text, p.valence(), p.otherVoice(), p.personId(), now, now);
            }
            return Sql.one(c, PERSPECTIVE + " WHERE p.id = ?", DecisionStepRepository::perspective, p.id()).orElseThrow();
        });
    }

    List<Alternative> alternatives(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM decision_alternative WHERE decision_id = ?"
                + " ORDER BY round, created_at, id", DecisionStepRepository::alternative, decisionId));
    }

    Alternative save(Alternative a, String text, String reason, String notes, int round, Instant now) {
        return db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE decision_alternative SET text = ?, reason = ?, recognised = ?, notes = ?,"
                    + " updated_at = ? WHERE id = ?", text, reason, a.recognised(), notes, now, a.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO decision_alternative (id, decision_id, meeting_id, round, text, reason, recognised,"
                        + " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.decisionId(),
                        a.meetingId(), round, text, reason, a.recognised(), notes, now, now);
            }
            return Sql.one(c, "SELECT * FROM decision_alternative WHERE id = ?", DecisionStepRepository::alternative, a.id())
                    .orElseThrow();
        });
    }

    List<Vote> votes(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM decision_vote WHERE decision_id = ? ORDER BY round, created_at, id",
                DecisionStepRepository::vote, decisionId));
    }

    Vote save(Vote v, String option, int entitled, boolean perPerson, int round, Instant now) {
        return db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE decision_vote SET option_text = ?, votes_for = ?, votes_against = ?,"
                    + " abstentions = ?, entitled = ?, per_person = ?, updated_at = ? WHERE id = ?", option, v.votesFor(),
                    v.votesAgainst(), v.abstentions(), entitled, perPerson, now, v.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO decision_vote (id, decision_id, meeting_id, round, option_text, votes_for,"
                        + " votes_against, abstentions, entitled, per_person, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", v.id(), v.decisionId(), v.meetingId(), round, option,
                        v.votesFor(), v.votesAgainst(), v.abstentions(), entitled, perPerson, now, now);
            }
            return Sql.one(c, "SELECT * FROM decision_vote WHERE id = ?", DecisionStepRepository::vote, v.id()).orElseThrow();
        });
    }

    /** Replaces the vote's ballots (none: a vote given as counts). */
    void replaceBallots(UUID voteId, Map<UUID, VoteChoice> ballots, Instant now) {
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM decision_ballot WHERE vote_id = ?", voteId);
            for (var ballot : ballots.entrySet()) {
                Sql.update(c, "INSERT INTO decision_ballot (id, vote_id, person_id, choice, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), voteId, ballot.getKey(), ballot.getValue(), now, now);
            }
            return null;
        });
    }

    Map<UUID, VoteChoice> ballots(UUID voteId) {
        return db.transaction(c -> {
            Map<UUID, VoteChoice> result = new LinkedHashMap<>();
            for (var row : Sql.list(c, "SELECT person_id, choice FROM decision_ballot WHERE vote_id = ?",
                    r -> Map.entry(Sql.uuid(r, "person_id"), Sql.enumValue(r, "choice", VoteChoice.class)), voteId)) {
                result.put(row.getKey(), row.getValue());
            }
            return result;
        });
    }

    List<MinorityCondition> conditions(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM minority_condition WHERE decision_id = ? ORDER BY created_at, id",
                DecisionStepRepository::condition, decisionId));
    }

    MinorityCondition save(MinorityCondition m, String text, String note, Instant now) {
        return db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE minority_condition SET text = ?, answer = ?, answer_note = ?, updated_at = ?"
                    + " WHERE id = ?", text, m.answer(), note, now, m.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO minority_condition (id, decision_id, meeting_id, text, answer, answer_note, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.decisionId(), m.meetingId(), text,
                        m.answer(), note, now, now);
            }
            return Sql.one(c, "SELECT * FROM minority_condition WHERE id = ?", DecisionStepRepository::condition, m.id())
                    .orElseThrow();
        });
    }

    void delete(String table, UUID id) {
        db.transaction(c -> Sql.update(c, "DELETE FROM " + table + " WHERE id = ?", id));
    }

    /** Expects a LEFT JOIN on person giving {@code person_name}. */
    private static Perspective perspective(ResultSet row) throws SQLException {
        return new Perspective(Sql.uuid(row, "id"), Sql.uuid(row, "decision_id"), Sql.uuid(row, "meeting_id"),
                row.getInt("round"), row.getString("text"), Sql.enumValue(row, "valence", Valence.class),
                row.getBoolean("other_voice"), Sql.uuid(row, "person_id"), row.getString("person_name"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static Alternative alternative(ResultSet row) throws SQLException {
        return new Alternative(Sql.uuid(row, "id"), Sql.uuid(row, "decision_id"), Sql.uuid(row, "meeting_id"),
                row.getInt("round"), row.getString("text"), row.getString("reason"), (Integer) row.getObject("recognised"),
                row.getString("notes"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static Vote vote(ResultSet row) throws SQLException {
        return new Vote(Sql.uuid(row, "id"), Sql.uuid(row, "decision_id"), Sql.uuid(row, "meeting_id"), row.getInt("round"),
                row.getString("option_text"), row.getInt("votes_for"), row.getInt("votes_against"),
                row.getInt("abstentions"), row.getInt("entitled"), row.getBoolean("per_person"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static MinorityCondition condition(ResultSet row) throws SQLException {
        return new MinorityCondition(Sql.uuid(row, "id"), Sql.uuid(row, "decision_id"), Sql.uuid(row, "meeting_id"),
                row.getString("text"), Sql.enumValue(row, "answer", ConditionAnswer.class), row.getString("answer_note"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
