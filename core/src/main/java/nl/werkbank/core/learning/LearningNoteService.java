package nl.werkbank.core.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.Tombstones;

/** Learning notes per meeting (leren zichtbaar maken). */
public final class LearningNoteService {

    private final Database db;
    private final Clock clock;

    public LearningNoteService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<LearningNote> of(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM learning_note WHERE meeting_id = ? ORDER BY created_at, id",
                LearningNoteService::map, meetingId));
    }

    public LearningNote save(LearningNote note) {
        String text = Validator.clean(note.text());
        new Validator().required("level", note.level(), "error.level.required")
                .required("form", note.form(), "error.form.required")
                .required("text", text, "error.text.required")
                .maxLength("text", text, 4000)
                .throwIfInvalid();
        return db.transaction(c -> {
            Instant now = clock.instant();
            int updated = Sql.update(c, "UPDATE learning_note SET level = ?, form = ?, text = ?, organization_id = ?,"
                    + " updated_at = ? WHERE id = ?", note.level(), note.form(), text, note.organizationId(), now, note.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO learning_note (id, meeting_id, level, form, text, organization_id, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", note.id(), note.meetingId(), note.level(),
                        note.form(), text, note.organizationId(), now, now);
            }
            return Sql.one(c, "SELECT * FROM learning_note WHERE id = ?", LearningNoteService::map, note.id()).orElseThrow();
        });
    }

    public void delete(UUID id) {
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM learning_note WHERE id = ?", id);
            Tombstones.record(c, "learning_note", id, clock.instant());
            return null;
        });
    }

    private static LearningNote map(ResultSet row) throws SQLException {
        return new LearningNote(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"),
                Sql.enumValue(row, "level", LearningLevel.class), Sql.enumValue(row, "form", LearningForm.class),
                row.getString("text"), Sql.uuid(row, "organization_id"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }
}
