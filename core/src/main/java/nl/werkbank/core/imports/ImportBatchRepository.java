package nl.werkbank.core.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.storage.Sql;

/** The import batches and what each added or changed; and the mapping remembered per file layout. */
final class ImportBatchRepository {

    /** One record an import added, or an attendance line it changed (with its status and organisation before). */
    record Item(String kind, UUID recordId, String action, AttendanceStatus previousStatus, UUID previousOrganizationId) {
    }

    private static final String BATCH = "SELECT b.id, b.file_name, b.team_id, t.name AS team_name, b.meetings, b.lines,"
            + " b.imported_at, b.undone_at FROM import_batch b LEFT JOIN team t ON t.id = b.team_id";

    private ImportBatchRepository() {
    }

    static void insert(Connection c, ImportBatch batch) throws SQLException {
        Sql.update(c, "INSERT INTO import_batch (id, file_name, team_id, meetings, lines, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                batch.id(), batch.fileName(), batch.teamId(), batch.meetings(), batch.lines(), batch.importedAt());
    }

    static void insertItems(Connection c, UUID batchId, List<Item> items) throws SQLException {
        int position = 0;
        for (Item item : items) {
            Sql.update(c, "INSERT INTO import_batch_item (batch_id, position, kind, record_id, action, previous_status,"
                    + " previous_organization_id) VALUES (?, ?, ?, ?, ?, ?, ?)", batchId, position++, item.kind(), item.recordId(),
                    item.action(), item.previousStatus(), item.previousOrganizationId());
        }
    }

    static List<ImportBatch> all(Connection c) throws SQLException {
        return Sql.list(c, BATCH + " ORDER BY b.imported_at DESC", ImportBatchRepository::map);
    }

    static Optional<ImportBatch> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, BATCH + " WHERE b.id = ?", ImportBatchRepository::map, id);
    }

    private static ImportBatch map(java.sql.ResultSet row) throws SQLException {
        return new ImportBatch(Sql.uuid(row, "id"), row.getString("file_name"), Sql.uuid(row, "team_id"), row.getString("team_name"),
                row.getInt("meetings"), row.getInt("lines"), Sql.instant(row, "imported_at"), Sql.instant(row, "undone_at"));
    }

    /** The batch's items, last first: the order to undo them in. */
    static List<Item> itemsLastFirst(Connection c, UUID batchId) throws SQLException {
        return Sql.list(c, "SELECT kind, record_id, action, previous_status, previous_organization_id FROM import_batch_item"
                + " WHERE batch_id = ? ORDER BY position DESC", row -> new Item(row.getString("kind"), Sql.uuid(row, "record_id"),
                row.getString("action"), Sql.enumValue(row, "previous_status", AttendanceStatus.class),
                Sql.uuid(row, "previous_organization_id")), batchId);
    }

    /** The record's last change, for the check that nobody worked on it after the import. */
    static Optional<Instant> updatedAt(Connection c, String kind, UUID id) throws SQLException {
        return Sql.one(c, "SELECT updated_at FROM " + kind + " WHERE id = ?", row -> Sql.instant(row, "updated_at"), id);
    }

    static void markUndone(Connection c, UUID batchId, Instant at) throws SQLException {
        Sql.update(c, "UPDATE import_batch SET undone_at = ? WHERE id = ?", at, batchId);
    }

    /** Remembered layouts, most recently used first: signature and mapping (JSON). */
    static List<String[]> layouts(Connection c) throws SQLException {
        return Sql.list(c, "SELECT signature, mapping FROM import_layout ORDER BY updated_at DESC",
                row -> new String[] {row.getString("signature"), row.getString("mapping")});
    }

    static void saveLayout(Connection c, String signature, String mapping, Instant now) throws SQLException {
        Sql.update(c, "MERGE INTO import_layout (signature, mapping, updated_at) KEY (signature) VALUES (?, ?, ?)",
                signature, mapping, now);
    }

    /** Whether anything other than {@code except} refers to the record (then undoing its import would break it). */
    static boolean referenced(Connection c, String kind, UUID id, java.util.Set<String> except) throws SQLException {
        return nl.werkbank.core.storage.Dependents.any(c, kind, id, except);
    }
}
