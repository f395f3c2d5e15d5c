package nl.werkbank.core.learning;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
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

    public void delete(UUID id) {
        db.atomically(() -> {
            notes.delete(id);
            Tombstones.record(db, "learning_note", id, clock.instant());
            return null;
        });
    }
}
