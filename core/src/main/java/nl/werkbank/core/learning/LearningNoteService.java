package nl.werkbank.core.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/** Learning notes per meeting (leren zichtbaar maken). */
public final class LearningNoteService {

    private final Database db;
    private final Clock clock;
    private final LearningNoteRepository notes;

    public LearningNoteService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.notes = new LearningNoteRepository(db);
    }

    public List<LearningNote> of(UUID meetingId) {
        return notes.of(meetingId);
    }

    public LearningNote save(LearningNote note) {
        String text = Validator.clean(note.text());
        new Validator().required("level", note.level(), "error.level.required")
                .required("form", note.form(), "error.form.required")
                .required("text", text, "error.text.required")
                .maxLength("text", text, 4000)
                .throwIfInvalid();
        return notes.save(note, text, clock.instant());
    }

    /** Where a note landed: opgepakt or doorgewerkt (with a date and a short note), or open again. */
    public void followUp(UUID noteId, FollowUp followUp) {
        String note = Validator.clean(followUp.note());
        Validator validator = new Validator().required("followUp", followUp.status(), "error.followUp.required")
                .maxLength("followUpNote", note, 1000);
        if (followUp.status() != null && followUp.status() != FollowUpStatus.OPEN) {
            validator.required("followUpDate", followUp.date(), "error.date.required");
        }
        validator.throwIfInvalid();
        FollowUp cleaned = followUp.status() == FollowUpStatus.OPEN ? FollowUp.OPEN : new FollowUp(followUp.status(), followUp.date(), note);
        if (!notes.followUp(noteId, cleaned, clock.instant())) {
            throw new NotFoundException("learning note", noteId);
        }
    }

    /** The leerregister: every note of the period's meetings with its follow-up. */
    public List<LearningRegisterRow> register(LocalDate from, LocalDate to) {
        return notes.register(from, to);
    }

    public void delete(UUID id) {
        db.atomically(() -> {
            notes.delete(id);
            Tombstones.record(db, "learning_note", id, clock.instant());
            return null;
        });
    }
}
