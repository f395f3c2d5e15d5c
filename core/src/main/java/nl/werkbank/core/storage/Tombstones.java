package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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
}
