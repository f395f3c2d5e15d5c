package nl.werkbank.core.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.meetings.AttendanceService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/**
 * The steps of a decision between question and outcome: perspectives (2), alternatives and how far the no
 * spreads (3, 4), votes (5) and the minority's conditions (6). New entries belong to the decision's current
 * round, so earlier rounds stay readable.
 */
public final class DecisionSteps {

    private final Database db;
    private final Clock clock;
    private final AttendanceService attendance;
    private final DecisionStepRepository steps;
    private final DecisionRepository decisions;

    public DecisionSteps(Database db, Clock clock, AttendanceService attendance) {
        this.db = db;
        this.clock = clock;
        this.attendance = attendance;
        this.steps = new DecisionStepRepository(db);
        this.decisions = new DecisionRepository(db);
    }

    public List<Perspective> perspectives(UUID decisionId) {
        return steps.perspectives(decisionId);
    }

    public Perspective savePerspective(Perspective perspective) {
        String text = Validator.clean(perspective.text());
        new Validator().required("text", text, "error.text.required").maxLength("text", text, 1000)
                .required("valence", perspective.valence(), "error.valence.required").throwIfInvalid();
        return db.atomically(() -> steps.save(perspective, text, round(perspective.decisionId()), clock.instant()));
    }

    public List<Alternative> alternatives(UUID decisionId) {
        return steps.alternatives(decisionId);
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
        return db.atomically(() -> steps.save(alternative, text, reason, notes, round(alternative.decisionId()),
                clock.instant()));
    }

    public List<Vote> votes(UUID decisionId) {
        return steps.votes(decisionId);
    }

    /**
     * Saves a vote given as counts. Those entitled to vote are the people present (aanwezig or online) at the
     * vote's meeting; more votes than that are refused.
     */
    public Vote saveVote(Vote vote) {
        return db.atomically(() -> storeVote(vote, Map.of(), false));
    }

    /** Saves a vote per present person; the counts follow from the ballots. People not present cannot vote. */
    public Vote saveBallots(Vote vote, Map<UUID, VoteChoice> ballots) {
        return db.atomically(() -> {
            List<UUID> present = attendance.presentAt(vote.meetingId());
            if (!present.containsAll(ballots.keySet())) {
                throw new ValidationException(List.of(Problem.of("votes", "error.votes.notPresent")));
            }
            Vote counted = vote.withCounts(count(ballots, VoteChoice.FOR), count(ballots, VoteChoice.AGAINST),
                    count(ballots, VoteChoice.ABSTAIN));
            return storeVote(counted, ballots, true);
        });
    }

    public Map<UUID, VoteChoice> ballots(UUID voteId) {
        return steps.ballots(voteId);
    }

    /** The number entitled to vote in a meeting: everyone present or online. */
    public int entitled(UUID meetingId) {
        return attendance.presentAt(meetingId).size();
    }

    /** Runs inside the caller's transaction, so the count of those present and the vote agree. */
    private Vote storeVote(Vote vote, Map<UUID, VoteChoice> ballots, boolean perPerson) {
        String option = Validator.clean(vote.option());
        int entitled = entitled(vote.meetingId());
        Validator validator = new Validator().maxLength("option", option, 1000);
        VoteRules.check(vote.votesFor(), vote.votesAgainst(), vote.abstentions(), entitled).forEach(validator::add);
        validator.throwIfInvalid();
        Instant now = clock.instant();
        Vote saved = steps.save(vote, option, entitled, perPerson, round(vote.decisionId()), now);
        steps.replaceBallots(saved.id(), ballots, now);
        return saved;
    }

    public List<MinorityCondition> conditions(UUID decisionId) {
        return steps.conditions(decisionId);
    }

    public MinorityCondition saveCondition(MinorityCondition condition) {
        String text = Validator.clean(condition.text());
        String note = Validator.clean(condition.answerNote());
        new Validator().required("text", text, "error.text.required").maxLength("text", text, 1000)
                .maxLength("answerNote", note, 2000).throwIfInvalid();
        return db.atomically(() -> steps.save(condition, text, note, clock.instant()));
    }

    /** Deletes one entry of a step (perspective, alternative, vote or condition), leaving tombstones. */
    public void delete(Step step, UUID id) {
        db.atomically(() -> {
            Tombstones.recordWithDependents(db, step.table, id, clock.instant());
            steps.delete(step.table, id);
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

    private int round(UUID decisionId) {
        return decisions.find(decisionId).orElseThrow(() -> new NotFoundException("decision", decisionId)).round();
    }

    private static int count(Map<UUID, VoteChoice> ballots, VoteChoice choice) {
        return (int) ballots.values().stream().filter(choice::equals).count();
    }
}
