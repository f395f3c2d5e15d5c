package nl.werkbank.core.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** SQL for learning notes; each call joins the caller's transaction. */
final class LearningNoteRepository {

    private final Database db;

    LearningNoteRepository(Database db) {
        this.db = db;
    }

    List<LearningNote> of(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM learning_note WHERE meeting_id = ? ORDER BY created_at, id",
                LearningNoteRepository::map, meetingId));
    }

    /** Updates the note, or inserts it when it is new; returns it as stored. */
    LearningNote save(LearningNote note, String text, Instant now) {
        return db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE learning_note SET level = ?, form = ?, text = ?, organization_id = ?,"
                    + " updated_at = ? WHERE id = ?", note.level(), note.form(), text, note.organizationId(), now, note.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO learning_note (id, meeting_id, level, form, text, organization_id, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", note.id(), note.meetingId(), note.level(),
                        note.form(), text, note.organizationId(), now, now);
            }
            return Sql.one(c, "SELECT * FROM learning_note WHERE id = ?", LearningNoteRepository::map, note.id()).orElseThrow();
        });
    }

    void delete(UUID id) {
        db.transaction(c -> Sql.update(c, "DELETE FROM learning_note WHERE id = ?", id));
    }

    private static LearningNote map(ResultSet row) throws SQLException {
        return new LearningNote(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"),
                Sql.enumValue(row, "level", LearningLevel.class), Sql.enumValue(row, "form", LearningForm.class),
                row.getString("text"), Sql.uuid(row, "organization_id"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }
}
