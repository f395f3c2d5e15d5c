package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
            List<String[]> cascades = Sql.list(c, "SELECT LOWER(fk.table_name) AS child, LOWER(fkc.column_name) AS col,"
                    + " LOWER(pk.table_name) AS parent"
                    + " FROM information_schema.referential_constraints rc"
                    + " JOIN information_schema.table_constraints fk ON fk.constraint_schema = rc.constraint_schema"
                    + "   AND fk.constraint_name = rc.constraint_name"
                    + " JOIN information_schema.table_constraints pk ON pk.constraint_schema = rc.unique_constraint_schema"
                    + "   AND pk.constraint_name = rc.unique_constraint_name"
                    + " JOIN information_schema.key_column_usage fkc ON fkc.constraint_schema = rc.constraint_schema"
                    + "   AND fkc.constraint_name = rc.constraint_name"
                    + " WHERE rc.constraint_schema = 'PUBLIC' AND rc.delete_rule = 'CASCADE'",
                    row -> new String[] {row.getString("child"), row.getString("col"), row.getString("parent")});
            record(c, table, id, at, cascades, new HashSet<>());
            return null;
        });
    }

    private static void record(Connection c, String table, UUID id, Instant at, List<String[]> cascades, Set<String> done)
            throws SQLException {
        if (!done.add(table + ":" + id)) {
            return;
        }
        record(c, table, id, at);
        for (String[] cascade : cascades) {
            if (cascade[2].equals(table) && !cascade[0].equals(table)) {
                for (UUID child : Sql.list(c, "SELECT id FROM " + cascade[0] + " WHERE " + cascade[1] + " = ?",
                        row -> Sql.uuid(row, "id"), id)) {
                    record(c, cascade[0], child, at, cascades, done);
                }
            }
        }
    }
}
