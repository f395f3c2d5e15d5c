package nl.werkbank.app.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.CheckOut;
import nl.werkbank.core.meetings.EvaluationAnswer;
import nl.werkbank.core.meetings.EvaluationQuestion;
import nl.werkbank.core.meetings.PreviousIntention;

/**
 * A round through the people present: check-in (what they bring, energy), closing round (takeaway, voornemen) or
 * one of the three evaluation questions of a focusgroep or evaluatie ({@link #ask} moves to another question). Enter stores the entry and moves on in list order; "pas" stores a pass; choosing a name
 * (popcorn) makes that person next. Each entry is stored the moment the facilitator moves on.
 */
final class RoundViewModel {

    enum Kind { CHECK_IN, CHECK_OUT, EVALUATION }

    /** An evaluation answer is one per person per question. */
    record AnswerKey(EvaluationQuestion question, UUID personId) {
    }

    private final MeetingViewModel meeting;
    private final Kind kind;
    final ObjectProperty<AttendanceLine> current = new SimpleObjectProperty<>();
    final StringProperty text = new SimpleStringProperty("");
    final StringProperty intention = new SimpleStringProperty("");
    final ObjectProperty<Integer> energy = new SimpleObjectProperty<>();
    final BooleanProperty privateEntry = new SimpleBooleanProperty(false);
    final StringProperty previous = new SimpleStringProperty("");
    final BooleanProperty finished = new SimpleBooleanProperty(false);
    /** The evaluation question being asked (evaluation rounds only). */
    final ObjectProperty<EvaluationQuestion> question = new SimpleObjectProperty<>(EvaluationQuestion.WORKED);

    RoundViewModel(MeetingViewModel meeting, Kind kind) {
        this.meeting = meeting;
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** Starts (or resumes) the round with the first present person who has no entry yet. */
    void start() {
        if (current.get() == null) {
            show(firstWithoutEntry(null));
        } else {
            meeting.beamer().speaker(current.get().personName(), Instant.now());
        }
    }

    /** Enter: store what was typed for the current person and go to the next one. */
    void next() {
        store(false);
        show(firstWithoutEntry(current.get()));
    }

    /** The person passes: stored as a pass, nothing else. */
    void pass() {
        store(true);
        show(firstWithoutEntry(current.get()));
    }

    /** Popcorn: someone else speaks now; what was typed for the current person is kept. */
    void choose(AttendanceLine line) {
        if (line == null || !line.attendance().status().counts()) {
            return;
        }
        if (current.get() != null && hasTyped()) {
            store(false);
        }
        show(line);
    }

    /** Stores the current entry without moving on (leaving the step, closing the window). */
    void commitPending() {
        if (current.get() != null && hasTyped()) {
            store(false);
        }
    }

    /** Evaluation: keeps what was typed, then starts the round of another question with the first who has no answer. */
    void ask(EvaluationQuestion next) {
        commitPending();
        question.set(next);
        current.set(null);
        show(firstWithoutEntry(null));
    }

    boolean hasEntry(UUID personId) {
        return switch (kind) {
            case CHECK_IN -> meeting.checkIns().containsKey(personId);
            case CHECK_OUT -> meeting.checkOuts().containsKey(personId);
            case EVALUATION -> meeting.evaluationAnswers().containsKey(new AnswerKey(question.get(), personId));
        };
    }

    private boolean hasTyped() {
        return !text.get().isBlank() || !intention.get().isBlank() || energy.get() != null || privateEntry.get();
    }

    private AttendanceLine firstWithoutEntry(AttendanceLine after) {
        List<AttendanceLine> people = meeting.participants();
        int start = after == null ? 0 : indexOf(people, after) + 1;
        for (int i = 0; i < people.size(); i++) {
            AttendanceLine candidate = people.get((start + i) % people.size());
            if (!hasEntry(candidate.attendance().personId()) && (after == null || !candidate.equals(after))) {
                return candidate;
            }
        }
        return null;
    }

    private static int indexOf(List<AttendanceLine> people, AttendanceLine line) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).attendance().id().equals(line.attendance().id())) {
                return i;
            }
        }
        return -1;
    }

    private void show(AttendanceLine line) {
        current.set(line);
        finished.set(line == null);
        UUID person = line == null ? null : line.attendance().personId();
        if (kind == Kind.CHECK_IN) {
            CheckIn entry = person == null ? null : meeting.checkIns().get(person);
            text.set(entry == null || entry.text() == null ? "" : entry.text());
            energy.set(entry == null ? null : entry.energy());
            privateEntry.set(entry != null && entry.privateEntry());
        } else if (kind == Kind.EVALUATION) {
            EvaluationAnswer entry = person == null ? null : meeting.evaluationAnswers().get(new AnswerKey(question.get(), person));
            text.set(entry == null || entry.text() == null ? "" : entry.text());
            privateEntry.set(entry != null && entry.privateEntry());
        } else {
            CheckOut entry = person == null ? null : meeting.checkOuts().get(person);
            text.set(entry == null || entry.takeaway() == null ? "" : entry.takeaway());
            intention.set(entry == null || entry.intention() == null ? "" : entry.intention());
            privateEntry.set(entry != null && entry.privateEntry());
        }
        PreviousIntention earlier = person == null ? null : meeting.previousIntentions().get(person);
        previous.set(earlier == null ? "" : earlier.intention());
        meeting.beamer().speaker(line == null ? null : line.personName(), Instant.now());
    }

    private void store(boolean passed) {
        AttendanceLine line = current.get();
        if (line == null) {
            return;
        }
        UUID meetingId = meeting.meetingId();
        UUID person = line.attendance().personId();
        var ui = meeting.ui();
        ui.saveStatus().saving();
        if (kind == Kind.CHECK_IN) {
            CheckIn entry = CheckIn.create(meetingId, person, passed ? null : text.get(), passed ? null : energy.get(),
                    privateEntry.get(), passed);
            // Marked at once, so "next" skips this person even before the save is back.
            meeting.checkIns().put(person, entry);
            BackgroundTask.wrap(() -> ui.werkbank().rounds().saveCheckIn(entry))
                    .onSuccess(saved -> {
                        meeting.checkIns().put(person, saved);
                        ui.saveStatus().saved();
                    })
                    .onFailure(e -> failed(person, e))
                    .executeWith(ui.executor());
        } else if (kind == Kind.EVALUATION) {
            AnswerKey key = new AnswerKey(question.get(), person);
            EvaluationAnswer entry = EvaluationAnswer.create(meetingId, person, question.get(), passed ? null : text.get(),
                    privateEntry.get(), passed);
            meeting.evaluationAnswers().put(key, entry);
            BackgroundTask.wrap(() -> ui.werkbank().rounds().saveEvaluationAnswer(entry))
                    .onSuccess(saved -> {
                        meeting.evaluationAnswers().put(key, saved);
                        ui.saveStatus().saved();
                    })
                    .onFailure(e -> failed(person, e))
                    .executeWith(ui.executor());
        } else {
            CheckOut entry = CheckOut.create(meetingId, person, passed ? null : text.get(), passed ? null : intention.get(),
                    privateEntry.get(), passed);
            meeting.checkOuts().put(person, entry);
            BackgroundTask.wrap(() -> ui.werkbank().rounds().saveCheckOut(entry))
                    .onSuccess(saved -> {
                        meeting.checkOuts().put(person, saved);
                        ui.saveStatus().saved();
                    })
                    .onFailure(e -> failed(person, e))
                    .executeWith(ui.executor());
        }
    }

    private void failed(UUID person, Exception e) {
        switch (kind) {
            case CHECK_IN -> meeting.checkIns().remove(person);
            case CHECK_OUT -> meeting.checkOuts().remove(person);
            case EVALUATION -> meeting.evaluationAnswers().remove(new AnswerKey(question.get(), person));
        }
        meeting.ui().saveStatus().failed(ErrorMessages.describe(e, meeting.ui().i18n()));
        meeting.ui().showFailure(e);
    }
}
