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
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/**
 * Deep Democracy decisions over their life: raised in a meeting, worked on in rounds, taken or postponed,
 * resumed in a later meeting of the same team. The steps themselves are in {@link DecisionSteps}.
 */
public final class DecisionService {

    private final Database db;
    private final Clock clock;
    private final ActionService actions;
    private final MeetingService meetings;
    private final DecisionSteps steps;
    private final DecisionRepository decisions;

    public DecisionService(Database db, Clock clock, ActionService actions, MeetingService meetings, DecisionSteps steps) {
        this.db = db;
        this.clock = clock;
        this.actions = actions;
        this.meetings = meetings;
        this.steps = steps;
        this.decisions = new DecisionRepository(db);
    }

    /** Raises a new decision in a meeting (step 1, the question or proposal). */
    public Decision start(UUID meetingId, String question) {
        String text = Validator.clean(question);
        new Validator().required("question", text, "error.decision.questionRequired").maxLength("question", text, 2000)
                .throwIfInvalid();
        return db.atomically(() -> {
            Meeting meeting = meetings.get(meetingId);
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            decisions.insert(id, meetingId, meeting.teamId(), text, now);
            decisions.addSession(id, meetingId, 1, now);
            return get(id);
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
        return db.atomically(() -> {
            if (!decisions.update(decision, question, finalText, clock.instant())) {
                throw new NotFoundException("decision", decision.id());
            }
            return get(decision.id());
        });
    }

    /** No majority: back to the perspectives. The round counter goes up; earlier rounds stay as they were. */
    public Decision nextRound(UUID decisionId) {
        return db.atomically(() -> {
            decisions.openRound(decisionId, get(decisionId).round() + 1, clock.instant());
            return get(decisionId);
        });
    }

    /**
     * Takes up a postponed (or still open) decision in a later meeting of the same team: it opens again in a new
     * round, and the meeting is added to its history.
     */
    public Decision resume(UUID decisionId, UUID meetingId) {
        return db.atomically(() -> {
            Decision decision = get(decisionId);
            Meeting meeting = meetings.get(meetingId);
            if (decision.teamId() == null || !decision.teamId().equals(meeting.teamId())) {
                throw new ValidationException(List.of(Problem.of("meeting", "error.decision.otherTeam")));
            }
            if (decisions.hasSession(decisionId, meetingId)) {
                return decision;
            }
            Instant now = clock.instant();
            int round = decision.round() + 1;
            decisions.openRound(decisionId, round, now);
            decisions.addSession(decisionId, meetingId, round, now);
            return get(decisionId);
        });
    }

    /** The decision step's screen: the meeting's decisions, those of the team to resume, and how many may vote. */
    public MeetingDecisions forMeeting(UUID meetingId) {
        return db.atomically(() -> new MeetingDecisions(ofMeeting(meetingId), toResume(meetingId), steps.entitled(meetingId)));
    }

    /**
     * One decision as the screen shows it: its whole history, and the ballots of the vote on screen (the one asked
     * for, else the last; none when votes were given as counts).
     */
    public OpenDecision open(UUID decisionId, UUID voteId) {
        return db.atomically(() -> {
            DecisionHistory history = history(decisionId);
            Vote shown = history.votes().stream().filter(v -> v.id().equals(voteId)).findFirst()
                    .orElse(history.lastVote().orElse(null));
            return new OpenDecision(history, shown == null || !shown.perPerson() ? Map.of() : steps.ballots(shown.id()));
        });
    }

    public Decision get(UUID id) {
        return decisions.find(id).orElseThrow(() -> new NotFoundException("decision", id));
    }

    /** The decisions worked on in this meeting (raised here or resumed here), in the order they came up. */
    public List<Decision> ofMeeting(UUID meetingId) {
        return decisions.ofMeeting(meetingId);
    }

    /**
     * Decisions of the meeting's team that were postponed or left open in an earlier meeting and are not taken
     * up in this one yet: what the facilitator can resume.
     */
    public List<Decision> toResume(UUID meetingId) {
        return db.atomically(() -> {
            Meeting meeting = meetings.get(meetingId);
            if (meeting.teamId() == null) {
                return List.<Decision>of();
            }
            return decisions.openBefore(meeting.teamId(), meeting.date(), meeting.start(), meetingId);
        });
    }

    /** Everything about a decision: meetings, perspectives, alternatives, votes, conditions, actions. */
    public DecisionHistory history(UUID decisionId) {
        return db.atomically(() -> new DecisionHistory(get(decisionId), decisions.sessions(decisionId),
                steps.perspectives(decisionId), steps.alternatives(decisionId), steps.votes(decisionId),
                steps.conditions(decisionId), actions.ofDecision(decisionId)));
    }

    /**
     * The decision log: every decision of a team (null: all teams), newest first, whose question, final text,
     * perspectives, alternatives or minority conditions contain {@code search} (blank: all).
     */
    public List<DecisionSummary> log(UUID teamId, String search) {
        return decisions.log(teamId, search);
    }

    /** Deletes a decision with all its steps and actions; each leaves a tombstone. */
    public void delete(UUID decisionId) {
        db.atomically(() -> {
            Tombstones.recordWithDependents(db, "decision", decisionId, clock.instant());
            decisions.delete(decisionId);
            return null;
        });
    }
}
