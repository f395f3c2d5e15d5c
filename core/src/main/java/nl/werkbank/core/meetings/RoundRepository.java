package nl.werkbank.core.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** SQL for the check-in and closing rounds; each call joins the caller's transaction. */
final class RoundRepository {

    private final Database db;

    RoundRepository(Database db) {
        this.db = db;
    }

    List<CheckIn> checkIns(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM check_in WHERE meeting_id = ? ORDER BY created_at",
                RoundRepository::mapCheckIn, meetingId));
    }

    /** One check-in per person per meeting: a second save replaces the first. */
    CheckIn saveCheckIn(CheckIn entry, String text, Instant now) {
        return db.transaction(c -> {
            Optional<CheckIn> existing = Sql.one(c, "SELECT * FROM check_in WHERE meeting_id = ? AND person_id = ?",
                    RoundRepository::mapCheckIn, entry.meetingId(), entry.personId());
            UUID id = existing.map(CheckIn::id).orElse(entry.id());
            if (existing.isPresent()) {
                Sql.update(c, "UPDATE check_in SET text = ?, energy = ?, private = ?, passed = ?, updated_at = ? WHERE id = ?",
                        text, entry.energy(), entry.privateEntry(), entry.passed(), now, id);
            } else {
                Sql.update(c, "INSERT INTO check_in (id, meeting_id, person_id, text, energy, private, passed, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, entry.meetingId(), entry.personId(), text,
                        entry.energy(), entry.privateEntry(), entry.passed(), now, now);
            }
            return Sql.one(c, "SELECT * FROM check_in WHERE id = ?", RoundRepository::mapCheckIn, id).orElseThrow();
        });
    }

    List<CheckOut> checkOuts(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM check_out WHERE meeting_id = ? ORDER BY created_at",
                RoundRepository::mapCheckOut, meetingId));
    }

    /** One closing-round entry per person per meeting. */
    CheckOut saveCheckOut(CheckOut entry, String takeaway, String intention, Instant now) {
        return db.transaction(c -> {
            Optional<CheckOut> existing = Sql.one(c, "SELECT * FROM check_out WHERE meeting_id = ? AND person_id = ?",
                    RoundRepository::mapCheckOut, entry.meetingId(), entry.personId());
            UUID id = existing.map(CheckOut::id).orElse(entry.id());
            if (existing.isPresent()) {
                Sql.update(c, "UPDATE check_out SET takeaway = ?, intention = ?, private = ?, passed = ?, updated_at = ?"
                        + " WHERE id = ?", takeaway, intention, entry.privateEntry(), entry.passed(), now, id);
            } else {
                Sql.update(c, "INSERT INTO check_out (id, meeting_id, person_id, takeaway, intention, private, passed,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, entry.meetingId(), entry.personId(),
                        takeaway, intention, entry.privateEntry(), entry.passed(), now, now);
            }
            return Sql.one(c, "SELECT * FROM check_out WHERE id = ?", RoundRepository::mapCheckOut, id).orElseThrow();
        });
    }

    List<EvaluationAnswer> evaluationAnswers(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM evaluation_answer WHERE meeting_id = ? ORDER BY created_at",
                RoundRepository::mapAnswer, meetingId));
    }

    /** One answer per person per question per meeting: a second save replaces the first. */
    EvaluationAnswer saveEvaluationAnswer(EvaluationAnswer entry, String text, Instant now) {
        return db.transaction(c -> {
            Optional<EvaluationAnswer> existing = Sql.one(c, "SELECT * FROM evaluation_answer WHERE meeting_id = ?"
                    + " AND person_id = ? AND question = ?", RoundRepository::mapAnswer, entry.meetingId(), entry.personId(),
                    entry.question());
            UUID id = existing.map(EvaluationAnswer::id).orElse(entry.id());
            if (existing.isPresent()) {
                Sql.update(c, "UPDATE evaluation_answer SET text = ?, private = ?, passed = ?, updated_at = ? WHERE id = ?",
                        text, entry.privateEntry(), entry.passed(), now, id);
            } else {
                Sql.update(c, "INSERT INTO evaluation_answer (id, meeting_id, person_id, question, text, private, passed,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, entry.meetingId(), entry.personId(),
                        entry.question(), text, entry.privateEntry(), entry.passed(), now, now);
            }
            return Sql.one(c, "SELECT * FROM evaluation_answer WHERE id = ?", RoundRepository::mapAnswer, id).orElseThrow();
        });
    }

    /** Per person, the latest voornemen at an earlier meeting of the meeting's team. */
    Map<UUID, PreviousIntention> latestIntentions(Meeting meeting) {
        return db.transaction(c -> {
            Map<UUID, PreviousIntention> result = new HashMap<>();
            String sql = "SELECT co.person_id, co.intention, m.meeting_date FROM check_out co JOIN meeting m ON m.id = co.meeting_id"
                    + " WHERE m.team_id = ? AND (m.meeting_date < ? OR (m.meeting_date = ? AND m.start_time < ?))"
                    + " AND co.intention IS NOT NULL ORDER BY m.meeting_date DESC, m.start_time DESC";
            for (var row : Sql.list(c, sql, r -> Map.entry(Sql.uuid(r, "person_id"),
                    new PreviousIntention(r.getString("intention"), Sql.date(r, "meeting_date"))),
                    meeting.teamId(), meeting.date(), meeting.date(), meeting.start())) {
                result.putIfAbsent(row.getKey(), row.getValue());
            }
            return result;
        });
    }

    /** Empties the round texts of meetings before {@code before}; returns how many entries were emptied. */
    int clearTextsBefore(java.time.LocalDate before, Instant now) {
        return db.transaction(c -> Sql.update(c, "UPDATE check_in SET text = NULL, updated_at = ? WHERE text IS NOT NULL"
                + " AND meeting_id IN (SELECT id FROM meeting WHERE meeting_date < ?)", now, before)
                + Sql.update(c, "UPDATE check_out SET takeaway = NULL, intention = NULL, updated_at = ?"
                + " WHERE (takeaway IS NOT NULL OR intention IS NOT NULL)"
                + " AND meeting_id IN (SELECT id FROM meeting WHERE meeting_date < ?)", now, before)
                + Sql.update(c, "UPDATE evaluation_answer SET text = NULL, updated_at = ? WHERE text IS NOT NULL"
                + " AND meeting_id IN (SELECT id FROM meeting WHERE meeting_date < ?)", now, before));
    }

    private static CheckIn mapCheckIn(ResultSet row) throws SQLException {
        return new CheckIn(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), Sql.uuid(row, "person_id"), row.getString("text"),
                (Integer) row.getObject("energy"), row.getBoolean("private"), row.getBoolean("passed"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static CheckOut mapCheckOut(ResultSet row) throws SQLException {
        return new CheckOut(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), Sql.uuid(row, "person_id"),
                row.getString("takeaway"), row.getString("intention"), row.getBoolean("private"), row.getBoolean("passed"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static EvaluationAnswer mapAnswer(ResultSet row) throws SQLException {
        return new EvaluationAnswer(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), Sql.uuid(row, "person_id"),
                Sql.enumValue(row, "question", EvaluationQuestion.class), row.getString("text"), row.getBoolean("private"),
                row.getBoolean("passed"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
