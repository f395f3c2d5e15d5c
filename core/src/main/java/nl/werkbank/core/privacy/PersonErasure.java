package nl.werkbank.core.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.storage.Tombstones;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * AVG vergetelheid: a person's name, e-mail and function, their round texts and their per-person votes are removed in
 * one transaction. Their attendance lines stay, as an anonymous participant with the organisation and hours of that
 * day, so every hour total (issued or not) stays exactly the same; vote counts stay. The erasure travels in exchange
 * files (the person row's {@code erased_at}, tombstones for the ballots) and an older file cannot undo it.
 */
public final class PersonErasure {

    private final Database db;
    private final Clock clock;

    public PersonErasure(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What was removed, to say so. */
    public record Erased(UUID personId, String anonymousName, int roundTexts, int ballots, int perspectives) {
    }

    public Erased erase(UUID personId) {
        return db.transaction(c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM person WHERE id = ?", personId) == 0) {
                throw new NotFoundException("person", personId);
            }
            Instant now = clock.instant();
            String anonymous = anonymousName(personId);
            Sql.update(c, "UPDATE person SET name = ?, email = NULL, function_title = NULL, erased_at = ?, updated_at = ?"
                    + " WHERE id = ?", anonymous, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC), personId);
            Erased scrubbed = scrub(c, personId, now);
            return new Erased(personId, anonymous, scrubbed.roundTexts(), scrubbed.ballots(), scrubbed.perspectives());
        });
    }

    /** "Gewist (1a2b3c4d)": unique, and says what happened without naming anyone. */
    public static String anonymousName(UUID personId) {
        return "Gewist (" + personId.toString().substring(0, 8) + ")";
    }

    /**
     * Removes what is personal beyond the person row: round texts, per-person votes, the link to perspectives. Also
     * run when an exchange file brings an erasure made elsewhere, so texts this laptop holds go too.
     */
    public static Erased scrub(Connection c, UUID personId, Instant now) throws SQLException {
        var at = now.atOffset(ZoneOffset.UTC);
        // Kept conflicts hold whole earlier versions (names, texts): those about this person go first.
        Sql.update(c, "DELETE FROM exchange_conflict WHERE record_id = ? OR record_id IN (SELECT id FROM check_in WHERE person_id = ?)"
                + " OR record_id IN (SELECT id FROM check_out WHERE person_id = ?)"
                + " OR record_id IN (SELECT id FROM decision_ballot WHERE person_id = ?)", personId, personId, personId, personId);
        int texts = Sql.update(c, "UPDATE check_in SET text = NULL, updated_at = ? WHERE person_id = ? AND text IS NOT NULL",
                at, personId);
        texts += Sql.update(c, "UPDATE check_out SET takeaway = NULL, intention = NULL, updated_at = ? WHERE person_id = ?"
                + " AND (takeaway IS NOT NULL OR intention IS NOT NULL)", at, personId);
        int perspectives = Sql.update(c, "UPDATE decision_perspective SET person_id = NULL, updated_at = ? WHERE person_id = ?",
                at, personId);
        int ballots = 0;
        for (UUID ballot : Sql.list(c, "SELECT id FROM decision_ballot WHERE person_id = ?", row -> Sql.uuid(row, "id"), personId)) {
            Tombstones.record(c, "decision_ballot", ballot, now);
            Sql.update(c, "DELETE FROM decision_ballot WHERE id = ?", ballot);
            ballots++;
        }
        return new Erased(personId, null, texts, ballots, perspectives);
    }
}
