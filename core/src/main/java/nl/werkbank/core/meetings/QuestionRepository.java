package nl.werkbank.core.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** SQL for the question library (check-in and uitcheck); each call joins the caller's transaction. */
final class QuestionRepository {

    private static final String COLUMNS = "SELECT id, kind, text, position, standard, retired FROM checkin_question";

    private final Database db;

    QuestionRepository(Database db) {
        this.db = db;
    }

    List<Question> library(Question.Kind kind) {
        return db.transaction(c -> Sql.list(c, COLUMNS + " WHERE kind = ? ORDER BY position, text", QuestionRepository::map,
                kind.name()));
    }

    Optional<Question> find(UUID id) {
        return db.transaction(c -> Sql.one(c, COLUMNS + " WHERE id = ?", QuestionRepository::map, id));
    }

    /** Adds a question of one's own at the end of the library. */
    Question add(Question.Kind kind, String text, Instant now) {
        return db.transaction(c -> {
            int position = Sql.one(c, "SELECT COALESCE(MAX(position), 0) + 1 FROM checkin_question", row -> row.getInt(1))
                    .orElse(1);
            Question question = new Question(UUID.randomUUID(), kind, text, position, false, false);
            Sql.update(c, "INSERT INTO checkin_question (id, kind, text, position, standard, retired, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, FALSE, FALSE, ?, ?)", question.id(), kind.name(), text, position, now, now);
            return question;
        });
    }

    void changeText(UUID id, String text, Instant now) {
        db.transaction(c -> Sql.update(c, "UPDATE checkin_question SET text = ?, updated_at = ? WHERE id = ?", text, now, id));
    }

    void setRetired(UUID id, boolean retired, Instant now) {
        db.transaction(c -> Sql.update(c, "UPDATE checkin_question SET retired = ?, updated_at = ? WHERE id = ?", retired, now, id));
    }

    private static Question map(ResultSet row) throws SQLException {
        return new Question(Sql.uuid(row, "id"), Question.Kind.valueOf(row.getString("kind")), row.getString("text"),
                row.getInt("position"), row.getBoolean("standard"), row.getBoolean("retired"));
    }
}
