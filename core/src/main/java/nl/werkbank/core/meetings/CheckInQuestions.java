package nl.werkbank.core.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;

/**
 * The question library (check-in and uitcheck), kept on this laptop like the other settings: add, change and set
 * aside questions; the twelve standard check-in questions stay. And a check-in suggestion the team has not heard
 * recently.
 */
public final class CheckInQuestions {

    /** How many of the team's previous meetings count as "recent". */
    static final int RECENT = 5;
    static final int MAX_LENGTH = 500;

    private final Clock clock;
    private final QuestionRepository questions;
    private final MeetingService meetings;

    public CheckInQuestions(Database db, Clock clock, MeetingService meetings) {
        this.clock = clock;
        this.questions = new QuestionRepository(db);
        this.meetings = meetings;
    }

    /** The check-in questions in use, in library order. */
    public List<String> all() {
        return active(Question.Kind.CHECK_IN);
    }

    /** The questions of {@code kind} in use (not set aside), in library order. */
    public List<String> active(Question.Kind kind) {
        return library(kind).stream().filter(q -> !q.retired()).map(Question::text).toList();
    }

    /** Every question of {@code kind}, set aside ones included, in library order. */
    public List<Question> library(Question.Kind kind) {
        return questions.library(kind);
    }

    /** A new question at the end of the library; the same text twice is refused. */
    public Question add(Question.Kind kind, String text) {
        String clean = check(kind, null, text);
        return questions.add(kind, clean, clock.instant());
    }

    /** New words for a question of one's own; the standard questions stay as they are. */
    public void change(UUID id, String text) {
        Question question = find(id);
        if (question.standard()) {
            throw new ValidationException(Problem.of("text", "error.question.standard"));
        }
        String clean = check(question.kind(), id, text);
        questions.changeText(id, clean, clock.instant());
    }

    /** Sets a question aside (no longer suggested or offered) or takes it back. */
    public void retire(UUID id, boolean retired) {
        find(id);
        questions.setRetired(id, retired, clock.instant());
    }

    private Question find(UUID id) {
        return questions.find(id).orElseThrow(() -> new ValidationException(Problem.of("text", "error.question.gone")));
    }

    private String check(Question.Kind kind, UUID self, String text) {
        String clean = Validator.clean(text);
        if (clean == null) {
            throw new ValidationException(Problem.of("text", "error.question.empty"));
        }
        new Validator().maxLength("text", clean, MAX_LENGTH).throwIfInvalid();
        boolean taken = library(kind).stream().anyMatch(q -> !q.id().equals(self) && q.text().equalsIgnoreCase(clean));
        if (taken) {
            throw new ValidationException(Problem.of("text", "error.question.duplicate", clean));
        }
        return clean;
    }

    /** The first question after {@code current} (in library order, wrapping) not asked in the team's recent meetings. */
    public String suggest(UUID teamId, LocalDate date, String current) {
        List<String> library = all();
        if (library.isEmpty()) {
            return current;
        }
        Set<String> recent = new HashSet<>();
        if (teamId != null) {
            meetings.teamBefore(teamId, date, RECENT).stream()
                    .map(Meeting::checkInQuestion).filter(q -> q != null).forEach(recent::add);
        }
        int start = current == null ? 0 : library.indexOf(current) + 1;
        for (int i = 0; i < library.size(); i++) {
            String candidate = library.get((start + i) % library.size());
            if (!recent.contains(candidate) && !candidate.equals(current)) {
                return candidate;
            }
        }
        return library.get(start % library.size());
    }
}
