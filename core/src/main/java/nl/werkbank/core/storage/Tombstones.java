package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Remembers deleted records so a later exchange can carry the deletion to other laptops. */
public final class Tombstones {

    private Tombstones() {
    }

    /** As {@link #record(Connection, String, UUID, Instant)}, in the current transaction of {@code db} (or its own). */
    public static void record(Database db, String entity, UUID id, Instant at) {
        db.transaction(c -> {
            record(c, entity, id, at);
            return null;
        });
    }

    public static void record(Connection c, String entity, UUID id, Instant at) throws SQLException {
        Sql.update(c, "MERGE INTO tombstone (entity, id, deleted_at) KEY (entity, id) VALUES (?, ?, ?)", entity, id, at);
    }

    /**
     * Records the deletion of a record and of everything its deletion takes along (the rows that refer to it with
     * ON DELETE CASCADE, and theirs), read from the schema: a feature deleting its record need not know the tables
     * of other features that hang on it. Call before the delete, in the same transaction.
     */
    public static void recordWithDependents(Database db, String table, UUID id, Instant at) {
        db.transaction(c -> {
            ForeignKeys keys = ForeignKeys.read(c);
            record(c, table, id, at, keys, new HashSet<>());
            return null;
        });
    }

    private static void record(Connection c, String table, UUID id, Instant at, ForeignKeys keys, Set<String> done)
            throws SQLException {
        if (!done.add(table + ":" + id)) {
            return;
        }
        record(c, table, id, at);
        for (ForeignKeys.Reference reference : keys.references()) {
            if (reference.cascades() && reference.parent().equals(table) && !reference.selfReference()) {
                for (UUID child : Sql.list(c, "SELECT id FROM " + reference.child() + " WHERE " + reference.column() + " = ?",
                        row -> Sql.uuid(row, "id"), id)) {
                    record(c, reference.child(), child, at, keys, done);
                }
            }
        }
    }
}
