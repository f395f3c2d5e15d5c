package nl.werkbank.core.decisions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.meetings.AttendanceService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.Tombstones;

/**
 * The steps of a decision between question and outcome: perspectives (2), alternatives and how far the no
 * spreads (3, 4), votes (5) and the minority's conditions (6). New entries belong to the decision's current
 * round, so earlier rounds stay readable.
 */
public final class DecisionSteps {

    static final String PERSPECTIVES = "SELECT p.*, pe.name AS person_name FROM decision_perspective p"
            + " LEFT JOIN person pe ON pe.id = p.person_id WHERE p.decision_id = ? ORDER BY p.round, p.created_at, p.id";
    static final String ALTERNATIVES = "SELECT * FROM decision_alternative WHERE decision_id = ? ORDER BY round, created_at, id";
    static final String VOTES = "SELECT * FROM decision_vote WHERE decision_id = ? ORDER BY round, created_at, id";
    static final String CONDITIONS = "SELECT * FROM minority_condition WHERE decision_id = ? ORDER BY created_at, id";

    private final Database db;
    private final Clock clock;
    private final AttendanceService attendance;

    public DecisionSteps(Database db, Clock clock, AttendanceService attendance) {
        this.db = db;
        this.clock = clock;
        this.attendance = attendance;
    }

    public List<Perspective> perspectives(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, PERSPECTIVES, DecisionRows::perspective, decisionId));
    }

    public Perspective savePerspective(Perspective perspective) {
        String text = Validator.clean(perspective.text());
        new Validator().required("text", text, "error.text.required").maxLength("text", text, 1000)
                .required("valence", perspective.valence(), "error.valence.required").throwIfInvalid();
        return db.transaction(c -> {
            Instant now = clock.instant();
            int updated = Sql.update(c, "UPDATE decision_perspective SET text = ?, valence = ?, other_voice = ?, person_id = ?,"
                    + " updated_at = ? WHERE id = ?", text, perspective.valence(), perspective.otherVoice(),
                    perspective.personId(), now, perspective.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO decision_perspective (id, decision_id, meeting_id, round, text, valence, other_voice,"
                        + " person_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", perspective.id(),
                        perspective.decisionId(), perspective.meetingId(), round(c, perspective.decisionId()), text,
                        perspective.valence(), perspective.otherVoice(), perspective.personId(), now, now);
            }
            return Sql.one(c, "SELECT p.*, pe.name AS person_name FROM decision_perspective p LEFT JOIN person pe"
                    + " ON pe.id = p.person_id WHERE p.id = ?", DecisionRows::perspective, perspective.id()).orElseThrow();
        });
    }

    public List<Alternative> alternatives(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, ALTERNATIVES, DecisionRows::alternative, decisionId));
    }

    public Alternative saveAlternative(Alternative alternative) {
        String text = Validator.clean(alternative.text());
        String reason = Validator.clean(alternative.reason());
        String notes = Validator.clean(alternative.notes());
        Validator validator = new Validator().required("text", text, "error.text.required").maxLength("text", text, 1000)
                .maxLength("reason", reason, 2000).maxLength("notes", notes, 2000);
        if (alternative.recognised() != null && alternative.recognised() < 0) {
            validator.add(Problem.of("recognised", "error.votes.negative"));
        }
        validator.throwIfInvalid();
        return db.transaction(c -> {
            Instant now = clock.instant();
            int updated = Sql.update(c, "UPDATE decision_alternative SET text = ?, reason = ?, recognised = ?, notes = ?,"
                    + " updated_at = ? WHERE id = ?", text, reason, alternative.recognised(), notes, now, alternative.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO decision_alternative (id, decision_id, meeting_id, round, text, reason, recognised,"
                        + " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", alternative.id(),
                        alternative.decisionId(), alternative.meetingId(), round(c, alternative.decisionId()), text, reason,
                        alternative.recognised(), notes, now, now);
            }
            return Sql.one(c, "SELECT * FROM decision_alternative WHERE id = ?", DecisionRows::alternative, alternative.id())
                    .orElseThrow();
        });
    }

    public List<Vote> votes(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, VOTES, DecisionRows::vote, decisionId));
    }

    /**
     * Saves a vote given as counts. Those entitled to vote are the people present (aanwezig or online) at the
     * vote's meeting; more votes than that are refused.
     */
    public Vote saveVote(Vote vote) {
        return db.transaction(c -> storeVote(c, vote, false));
    }

    /** Saves a vote per present person; the counts follow from the ballots. People not present cannot vote. */
    public Vote saveBallots(Vote vote, Map<UUID, VoteChoice> ballots) {
        return db.transaction(c -> {
            List<UUID> present = attendance.presentAt(vote.meetingId());
            if (!present.containsAll(ballots.keySet())) {
                throw new ValidationException(List.of(Problem.of("votes", "error.votes.notPresent")));
            }
            int votesFor = count(ballots, VoteChoice.FOR);
            int against = count(ballots, VoteChoice.AGAINST);
            Vote saved = storeVote(c, vote.withCounts(votesFor, against, count(ballots, VoteChoice.ABSTAIN)), true);
            Sql.update(c, "DELETE FROM decision_ballot WHERE vote_id = ?", saved.id());
            Instant now = clock.instant();
            for (var ballot : ballots.entrySet()) {
                Sql.update(c, "INSERT INTO decision_ballot (id, vote_id, person_id, choice, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), saved.id(), ballot.getKey(), ballot.getValue(), now, now);
            }
            return saved;
        });
    }

    public Map<UUID, VoteChoice> ballots(UUID voteId) {
        return db.transaction(c -> {
            Map<UUID, VoteChoice> result = new LinkedHashMap<>();
            for (var row : Sql.list(c, "SELECT person_id, choice FROM decision_ballot WHERE vote_id = ?",
                    r -> Map.entry(Sql.uuid(r, "person_id"), Sql.enumValue(r, "choice", VoteChoice.class)), voteId)) {
                result.put(row.getKey(), row.getValue());
            }
            return result;
        });
    }

    /** The number entitled to vote in a meeting: everyone present or online. */
    public int entitled(UUID meetingId) {
        return db.transaction(c -> entitled(c, meetingId));
    }

    private Vote storeVote(Connection c, Vote vote, boolean perPerson) throws SQLException {
        String option = Validator.clean(vote.option());
        int entitled = entitled(c, vote.meetingId());
        Validator validator = new Validator().maxLength("option", option, 1000);
        VoteRules.check(vote.votesFor(), vote.votesAgainst(), vote.abstentions(), entitled).forEach(validator::add);
        validator.throwIfInvalid();
        Instant now = clock.instant();
        int updated = Sql.update(c, "UPDATE decision_vote SET option_text = ?, votes_for = ?, votes_against = ?, abstentions = ?,"
                + " entitled = ?, per_person = ?, updated_at = ? WHERE id = ?", option, vote.votesFor(), vote.votesAgainst(),
                vote.abstentions(), entitled, perPerson, now, vote.id());
        if (updated == 0) {
            Sql.update(c, "INSERT INTO decision_vote (id, decision_id, meeting_id, round, option_text, votes_for, votes_against,"
                    + " abstentions, entitled, per_person, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    vote.id(), vote.decisionId(), vote.meetingId(), round(c, vote.decisionId()), option, vote.votesFor(),
                    vote.votesAgainst(), vote.abstentions(), entitled, perPerson, now, now);
        }
        if (!perPerson) {
            Sql.update(c, "DELETE FROM decision_ballot WHERE vote_id = ?", vote.id());
        }
        return Sql.one(c, "SELECT * FROM decision_vote WHERE id = ?", DecisionRows::vote, vote.id()).orElseThrow();
    }

    public List<MinorityCondition> conditions(UUID decisionId) {
        return db.transaction(c -> Sql.list(c, CONDITIONS, DecisionRows::condition, decisionId));
    }

    public MinorityCondition saveCondition(MinorityCondition condition) {
        String text = Validator.clean(condition.text());
        String note = Validator.clean(condition.answerNote());
        new Validator().required("text", text, "error.text.required").maxLength("text", text, 1000)
                .maxLength("answerNote", note, 2000).throwIfInvalid();
        return db.transaction(c -> {
            Instant now = clock.instant();
            int updated = Sql.update(c, "UPDATE minority_condition SET text = ?, answer = ?, answer_note = ?, updated_at = ?"
                    + " WHERE id = ?", text, condition.answer(), note, now, condition.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO minority_condition (id, decision_id, meeting_id, text, answer, answer_note, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", condition.id(), condition.decisionId(),
                        condition.meetingId(), text, condition.answer(), note, now, now);
            }
            return Sql.one(c, "SELECT * FROM minority_condition WHERE id = ?", DecisionRows::condition, condition.id())
                    .orElseThrow();
        });
    }

    /** Deletes one entry of a step (table: perspective, alternative, vote or condition), leaving a tombstone. */
    public void delete(Step step, UUID id) {
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM " + step.table + " WHERE id = ?", id);
            Tombstones.record(c, step.table, id, clock.instant());
            return null;
        });
    }

    /** The steps whose entries can be deleted one by one. */
    public enum Step {
        PERSPECTIVE("decision_perspective"),
        ALTERNATIVE("decision_alternative"),
        VOTE("decision_vote"),
        CONDITION("minority_condition");

        private final String table;

        Step(String table) {
            this.table = table;
        }
    }

    private static int round(Connection c, UUID decisionId) throws SQLException {
        return DecisionService.get(c, decisionId).round();
    }

    /** Runs inside the caller's transaction (it joins it). */
    private int entitled(Connection c, UUID meetingId) {
        return attendance.presentAt(meetingId).size();
    }

    private static int count(Map<UUID, VoteChoice> ballots, VoteChoice choice) {
        return (int) ballots.values().stream().filter(choice::equals).count();
    }
}
