package nl.werkbank.core.privacy;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.Tombstones;

/**
 * SQL for the AVG rights. Privacy is the one feature whose job is to reach every table that holds something about
 * a person (listed in {@link PersonData#TABLES}), so its reads and erasures are written here, once, beside each
 * other. Each call joins the caller's transaction.
 */
final class PrivacyRepository {

    private final Database db;

    PrivacyRepository(Database db) {
        this.db = db;
    }

    boolean personExists(UUID personId) {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM person WHERE id = ?", personId)) > 0;
    }

    /** The table's rows about the person, column name to value as text, oldest first. */
    List<Map<String, String>> rows(String table, String column, UUID personId) {
        return db.transaction(c -> {
            List<Map<String, String>> rows = new ArrayList<>();
            Sql.list(c, "SELECT * FROM " + table + " WHERE " + column + " = ? ORDER BY created_at, id",
                    row -> rows.add(asText(row)), personId);
            return rows;
        });
    }

    private static Map<String, String> asText(ResultSet result) throws java.sql.SQLException {
        ResultSetMetaData meta = result.getMetaData();
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = result.getObject(i);
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value == null ? null : value.toString());
        }
        return row;
    }

    /** Replaces name, e-mail and function by the anonymous name and marks the person erased. */
    void anonymize(UUID personId, String anonymousName, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        db.transaction(c -> Sql.update(c, "UPDATE person SET name = ?, email = NULL, function_title = NULL, erased_at = ?,"
                + " updated_at = ? WHERE id = ?", anonymousName, at, at, personId));
    }

    /** Kept exchange conflicts hold whole earlier versions (names, texts): those about this person go. */
    void deleteConflictsAbout(UUID personId) {
        db.transaction(c -> Sql.update(c, "DELETE FROM exchange_conflict WHERE record_id = ?"
                + " OR record_id IN (SELECT id FROM check_in WHERE person_id = ?)"
                + " OR record_id IN (SELECT id FROM check_out WHERE person_id = ?)"
                + " OR record_id IN (SELECT id FROM evaluation_answer WHERE person_id = ?)"
                + " OR record_id IN (SELECT id FROM decision_ballot WHERE person_id = ?)", personId, personId, personId, personId,
                personId));
    }

    /** Empties the person's check-in, closing-round and evaluation texts; returns how many rows changed. */
    int clearRoundTexts(UUID personId, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        return db.transaction(c -> Sql.update(c, "UPDATE check_in SET text = NULL, updated_at = ? WHERE person_id = ?"
                + " AND text IS NOT NULL", at, personId)
                + Sql.update(c, "UPDATE check_out SET takeaway = NULL, intention = NULL, updated_at = ? WHERE person_id = ?"
                + " AND (takeaway IS NOT NULL OR intention IS NOT NULL)", at, personId)
                + Sql.update(c, "UPDATE evaluation_answer SET text = NULL, updated_at = ? WHERE person_id = ?"
                + " AND text IS NOT NULL", at, personId));
    }

    /** Unlinks the person from the perspectives they gave (the texts stay, anonymous); returns how many. */
    int unlinkPerspectives(UUID personId, Instant now) {
        return db.transaction(c -> Sql.update(c, "UPDATE decision_perspective SET person_id = NULL, updated_at = ?"
                + " WHERE person_id = ?", now.atOffset(ZoneOffset.UTC), personId));
    }

    /** Deletes the person's per-person votes, each leaving a tombstone so the deletion travels; returns how many. */
    int deleteBallots(UUID personId, Instant now) {
        return db.transaction(c -> {
            List<UUID> ballots = Sql.list(c, "SELECT id FROM decision_ballot WHERE person_id = ?", row -> Sql.uuid(row, "id"),
                    personId);
            for (UUID ballot : ballots) {
                Tombstones.record(c, "decision_ballot", ballot, now);
                Sql.update(c, "DELETE FROM decision_ballot WHERE id = ?", ballot);
            }
            return ballots.size();
        });
    }
}
