package nl.werkbank.core.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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

    /** Records where the note landed; false when the note is gone. */
    boolean followUp(UUID id, FollowUp followUp, Instant now) {
        return db.transaction(c -> Sql.update(c, "UPDATE learning_note SET follow_up = ?, follow_up_date = ?, follow_up_note = ?,"
                + " updated_at = ? WHERE id = ?", followUp.status(), followUp.date(), followUp.note(), now, id)) > 0;
    }

    /**
     * The leerregister of a period: notes of meetings between the dates, with the meeting's date and team (the
     * organiser's for a kenniscafé) and the organisation's name beside them (a read model), oldest first.
     */
    List<LearningRegisterRow> register(LocalDate from, LocalDate to) {
        return db.transaction(c -> Sql.list(c, "SELECT n.*, m.meeting_date, COALESCE(t.name, ot.name) AS team_name,"
                + " o.name AS organization_name FROM learning_note n JOIN meeting m ON m.id = n.meeting_id"
                + " LEFT JOIN team t ON t.id = m.team_id LEFT JOIN team ot ON ot.id = m.organizer_team_id"
                + " LEFT JOIN organization o ON o.id = n.organization_id WHERE m.meeting_date BETWEEN ? AND ?"
                + " ORDER BY m.meeting_date, n.created_at, n.id", row -> new LearningRegisterRow(map(row),
                Sql.date(row, "meeting_date"), row.getString("team_name"), row.getString("organization_name"),
                new FollowUp(Sql.enumValue(row, "follow_up", FollowUpStatus.class), Sql.date(row, "follow_up_date"),
                        row.getString("follow_up_note"))), from, to));
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
