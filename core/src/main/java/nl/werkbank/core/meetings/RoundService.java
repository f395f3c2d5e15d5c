package nl.werkbank.core.meetings;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** The check-in (incheck) and closing (uitcheck) rounds of a meeting. */
public final class RoundService {

    private final Database db;
    private final Clock clock;

    public RoundService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<CheckIn> checkIns(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM check_in WHERE meeting_id = ? ORDER BY created_at",
                RoundService::mapCheckIn, meetingId));
    }

    /** Stores a person's check-in (one per person per meeting: a second save replaces the first). */
    public CheckIn saveCheckIn(CheckIn entry) {
        String text = Validator.clean(entry.text());
        Validator validator = new Validator().maxLength("text", text, 4000);
        if (entry.energy() != null && (entry.energy() < 1 || entry.energy() > 5)) {
            validator.add(Problem.of("energy", "error.energy.range"));
        }
        validator.throwIfInvalid();
        return db.transaction(c -> {
            Instant now = clock.instant();
            Optional<CheckIn> existing = Sql.one(c, "SELECT * FROM check_in WHERE meeting_id = ? AND person_id = ?",
                    RoundService::mapCheckIn, entry.meetingId(), entry.personId());
            UUID id = existing.map(CheckIn::id).orElse(entry.id());
            if (existing.isPresent()) {
                Sql.update(c, "UPDATE check_in SET text = ?, energy = ?, private = ?, passed = ?, updated_at = ? WHERE id = ?",
                        text, entry.energy(), entry.privateEntry(), entry.passed(), now, id);
            } else {
                Sql.update(c, "INSERT INTO check_in (id, meeting_id, person_id, text, energy, private, passed, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, entry.meetingId(), entry.personId(), text,
                        entry.energy(), entry.privateEntry(), entry.passed(), now, now);
            }
            return Sql.one(c, "SELECT * FROM check_in WHERE id = ?", RoundService::mapCheckIn, id).orElseThrow();
        });
    }

    public List<CheckOut> checkOuts(UUID meetingId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM check_out WHERE meeting_id = ? ORDER BY created_at",
                RoundService::mapCheckOut, meetingId));
    }

    /** Stores a person's closing-round entry (takeaway and voornemen); one per person per meeting. */
    public CheckOut saveCheckOut(CheckOut entry) {
        String takeaway = Validator.clean(entry.takeaway());
        String intention = Validator.clean(entry.intention());
        new Validator().maxLength("takeaway", takeaway, 4000).maxLength("intention", intention, 2000).throwIfInvalid();
        return db.transaction(c -> {
            Instant now = clock.instant();
            Optional<CheckOut> existing = Sql.one(c, "SELECT * FROM check_out WHERE meeting_id = ? AND person_id = ?",
                    RoundService::mapCheckOut, entry.meetingId(), entry.personId());
            UUID id = existing.map(CheckOut::id).orElse(entry.id());
            if (existing.isPresent()) {
                Sql.update(c, "UPDATE check_out SET takeaway = ?, intention = ?, private = ?, passed = ?, updated_at = ?"
                        + " WHERE id = ?", takeaway, intention, entry.privateEntry(), entry.passed(), now, id);
            } else {
                Sql.update(c, "INSERT INTO check_out (id, meeting_id, person_id, takeaway, intention, private, passed,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, entry.meetingId(), entry.personId(),
                        takeaway, intention, entry.privateEntry(), entry.passed(), now, now);
            }
            return Sql.one(c, "SELECT * FROM check_out WHERE id = ?", RoundService::mapCheckOut, id).orElseThrow();
        });
    }

    /**
     * For each person, the latest voornemen they made at an earlier meeting of the same team (even if they
     * missed the meeting right before), so the check-in can ask what came of it.
     */
    public Map<UUID, PreviousIntention> previousIntentions(UUID meetingId) {
        return db.transaction(c -> {
            Meeting meeting = MeetingRepository.find(c, meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
            return meeting.teamId() == null ? Map.of() : latestIntentions(c, meeting);
        });
    }

    private static Map<UUID, PreviousIntention> latestIntentions(Connection c, Meeting meeting) throws SQLException {
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
    }

    private static CheckIn mapCheckIn(java.sql.ResultSet row) throws SQLException {
        return new CheckIn(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), Sql.uuid(row, "person_id"), row.getString("text"),
                (Integer) row.getObject("energy"), row.getBoolean("private"), row.getBoolean("passed"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static CheckOut mapCheckOut(java.sql.ResultSet row) throws SQLException {
        return new CheckOut(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), Sql.uuid(row, "person_id"),
                row.getString("takeaway"), row.getString("intention"), row.getBoolean("private"), row.getBoolean("passed"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
