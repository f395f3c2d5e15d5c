package nl.werkbank.core.exchange;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.storage.DataTables;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.StorageException;
import nl.werkbank.core.storage.Tombstones;

/**
 * SQL for exchange: records of any kind read and written as rows of values in the kind's column order, versions,
 * tombstones, conflicts and the exchange log. Exchange is table-generic (a new column travels without code), so
 * its SQL is built from the schema. Each call joins the caller's transaction.
 */
final class ExchangeRepository {

    private final Database db;

    ExchangeRepository(Database db) {
        this.db = db;
    }

    UUID installation() {
        return db.transaction(c -> Sql.one(c, "SELECT id FROM installation", row -> Sql.uuid(row, "id")).orElseThrow());
    }

    /** True before anyone or anything of a Werkplaats is stored (what a new database holds is settings only). */
    boolean holdsNoWerkplaats() {
        return db.transaction(c -> Sql.count(c, "SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM organization)"
                + " + (SELECT COUNT(*) FROM team) + (SELECT COUNT(*) FROM meeting) + (SELECT COUNT(*) FROM tombstone)") == 0);
    }

    void log(String direction, String file, UUID other, Instant at, String summary, boolean fullExport) {
        db.transaction(c -> Sql.update(c, "INSERT INTO exchange_log (id, direction, file_name, other_installation, happened_at,"
                + " summary, full_export) VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), direction, file, other, at, summary,
                fullExport));
    }

    /** When the last full export was written: every version older than that has been sent. */
    Instant lastFullExport() {
        return db.transaction(c -> Sql.one(c, "SELECT happened_at FROM exchange_log WHERE full_export"
                + " ORDER BY happened_at DESC LIMIT 1", row -> Sql.instant(row, "happened_at")).orElse(null));
    }

    Optional<char[]> password() {
        return db.transaction(c -> Sql.one(c, "SELECT secret FROM local_secret WHERE name = 'exchange-password'",
                row -> row.getString("secret").toCharArray()));
    }

    void setPassword(char[] password, Instant now) {
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM local_secret WHERE name = 'exchange-password'");
            if (password != null && password.length > 0) {
                Sql.update(c, "INSERT INTO local_secret (name, secret, updated_at) VALUES ('exchange-password', ?, ?)",
                        new String(password), now.atOffset(ZoneOffset.UTC));
            }
            return null;
        });
    }

    List<Tombstone> tombstones() {
        return db.transaction(c -> Sql.list(c, "SELECT entity, id, deleted_at FROM tombstone ORDER BY entity, id",
                row -> new Tombstone(row.getString("entity"), Sql.uuid(row, "id"), Sql.instant(row, "deleted_at"))));
    }

    long tombstoneCount() {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM tombstone"));
    }

    boolean tombstoned(String entity, Object id) {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM tombstone WHERE entity = ? AND id = ?", entity, id)) > 0;
    }

    /** Stores deletions (a later time replaces an earlier one), in batches. */
    void storeTombstones(Collection<Tombstone> tombstones) {
        db.transaction(c -> {
            try (PreparedStatement merge = c.prepareStatement("MERGE INTO tombstone (entity, id, deleted_at) KEY (entity, id)"
                    + " VALUES (?, ?, ?)")) {
                for (Tombstone tombstone : tombstones) {
                    merge.setString(1, tombstone.entity());
                    merge.setObject(2, tombstone.id());
                    KindRepository.bind(merge, 3, tombstone.deletedAt());
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            return null;
        });
    }

    void recordTombstone(String entity, UUID id, Instant at) {
        Tombstones.record(db, entity, id, at);
    }

    /** Records per table, to count what deletions removed (cascades included). */
    Map<String, Long> tableCounts() {
        return db.transaction(DataTables::counts);
    }

    long privateCheckIns() {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM check_in WHERE private"));
    }

    Set<UUID> erasedPeople() {
        return db.transaction(c -> new HashSet<>(Sql.list(c, "SELECT id FROM person WHERE erased_at IS NOT NULL",
                row -> Sql.uuid(row, "id"))));
    }

    Optional<String> personName(Object id) {
        return db.transaction(c -> Sql.one(c, "SELECT name FROM person WHERE id = ?", r -> r.getString(1), id));
    }

    Optional<String> meetingDate(Object id) {
        return db.transaction(c -> Sql.one(c, "SELECT meeting_date FROM meeting WHERE id = ?", r -> r.getString(1), id));
    }

    /** A value the database's own rules refuse (a check or uniqueness rule): the file is wrong, not the database. */
    static Optional<String> refusedByRules(StorageException e) {
        if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return Optional.of(sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse(""));
        }
        return Optional.empty();
    }

}
