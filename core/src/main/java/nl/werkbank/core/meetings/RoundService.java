package nl.werkbank.core.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;

/** The check-in (incheck) and closing (uitcheck) rounds of a meeting. */
public final class RoundService {

    private final Database db;
    private final Clock clock;
    private final RoundRepository rounds;

    public RoundService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.rounds = new RoundRepository(db);
    }

    public List<CheckIn> checkIns(UUID meetingId) {
        return rounds.checkIns(meetingId);
    }

    /** Stores a person's check-in (one per person per meeting: a second save replaces the first). */
    public CheckIn saveCheckIn(CheckIn entry) {
        String text = Validator.clean(entry.text());
        Validator validator = new Validator().maxLength("text", text, 4000);
        if (entry.energy() != null && (entry.energy() < 1 || entry.energy() > 5)) {
            validator.add(Problem.of("energy", "error.energy.range"));
        }
        validator.throwIfInvalid();
        return rounds.saveCheckIn(entry, text, clock.instant());
    }

    public List<CheckOut> checkOuts(UUID meetingId) {
        return rounds.checkOuts(meetingId);
    }

    /** Stores a person's closing-round entry (takeaway and voornemen); one per person per meeting. */
    public CheckOut saveCheckOut(CheckOut entry) {
        String takeaway = Validator.clean(entry.takeaway());
        String intention = Validator.clean(entry.intention());
        new Validator().maxLength("takeaway", takeaway, 4000).maxLength("intention", intention, 2000).throwIfInvalid();
        return rounds.saveCheckOut(entry, takeaway, intention, clock.instant());
    }

    public List<EvaluationAnswer> evaluationAnswers(UUID meetingId) {
        return rounds.evaluationAnswers(meetingId);
    }

    /** Stores a person's answer to one evaluation question (one per person per question per meeting). */
    public EvaluationAnswer saveEvaluationAnswer(EvaluationAnswer entry) {
        java.util.Objects.requireNonNull(entry.question(), "question");
        String text = Validator.clean(entry.text());
        new Validator().maxLength("text", text, 4000).throwIfInvalid();
        return rounds.saveEvaluationAnswer(entry, text, clock.instant());
    }

    /** Empties the check-in, uitcheck and evaluation texts of meetings before {@code before} (bewaartermijn); returns how many. */
    public int clearTextsBefore(java.time.LocalDate before) {
        return rounds.clearTextsBefore(before, clock.instant());
    }

    /**
     * For each person, the latest voornemen they made at an earlier meeting of the same team (even if they
     * missed the meeting right before), so the check-in can ask what came of it.
     */
    public Map<UUID, PreviousIntention> previousIntentions(UUID meetingId) {
        return db.atomically(() -> {
            Meeting meeting = db.transaction(c -> MeetingRepository.find(c, meetingId))
                    .orElseThrow(() -> new NotFoundException("meeting", meetingId));
            return meeting.teamId() == null ? Map.<UUID, PreviousIntention>of() : rounds.latestIntentions(meeting);
        });
    }
}
