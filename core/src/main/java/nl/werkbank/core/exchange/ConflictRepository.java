package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** SQL for the conflicts an import kept: the other version of a record, for the user to look at and maybe take. */
final class ConflictRepository {

    private final Database db;

    ConflictRepository(Database db) {
        this.db = db;
    }

    boolean known(String entity, Object recordId, Instant otherUpdated) {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM exchange_conflict WHERE entity = ? AND record_id = ?"
                + " AND other_updated = ?", entity, recordId, otherUpdated)) > 0;
    }

    void insert(Conflict conflict, String otherVersion) {
        db.transaction(c -> Sql.update(c, "INSERT INTO exchange_conflict (id, entity, record_id, kept_from, label,"
                + " other_version, other_updated, kept_updated, file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                conflict.id(), conflict.kind(), conflict.recordId(), conflict.kept(), conflict.label(), otherVersion,
                conflict.otherUpdated(), conflict.keptUpdated(), conflict.fileName(), conflict.importedAt()));
    }

    List<Conflict> open() {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM exchange_conflict WHERE resolved_at IS NULL"
                + " ORDER BY imported_at DESC, entity, record_id", row -> new Conflict(Sql.uuid(row, "id"), row.getString("entity"),
                Sql.uuid(row, "record_id"), row.getString("label"), Conflict.Kept.valueOf(row.getString("kept_from")),
                Sql.instant(row, "kept_updated"), Sql.instant(row, "other_updated"), row.getString("file_name"),
                Sql.instant(row, "imported_at"))));
    }

    /** The kind of a kept conflict and the other version, as JSON. */
    Map.Entry<String, String> otherVersion(UUID conflictId) {
        return db.transaction(c -> Sql.one(c, "SELECT entity, other_version FROM exchange_conflict WHERE id = ?",
                r -> Map.entry(r.getString(1), r.getString(2)), conflictId).orElseThrow());
    }

    void resolve(UUID conflictId, Instant now) {
        db.transaction(c -> Sql.update(c, "UPDATE exchange_conflict SET resolved_at = ? WHERE id = ?", now, conflictId));
    }
}
