package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves made on this laptop while an import ran beside them, taken from the file the import was interrupted in
 * into the backup put back in its place: those saves were reported as saved, so a crash of the import must not
 * undo them. An edit made here has {@code updated_at} after the import started and differs from the version last
 * received ({@code exchanged_at}); a row the unfinished import left behind has both equal, so it stays out. A
 * deletion made here left a tombstone and no row.
 */
final class LocalEdits {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEdits.class);

    private LocalEdits() {
    }

    /** Copies the edits of {@code crashed} since {@code since} into {@code restored}; returns how many records. */
    static int carryOver(Connection crashed, Connection restored, Instant since) throws SQLException {
        int carried = deletions(crashed, restored, since);
        ForeignKeys keys = ForeignKeys.read(restored);
        for (String table : keys.parentsFirst(DataTables.names(restored))) {
            carried += rows(crashed, restored, table, since);
        }
        return carried;
    }

    private static int rows(Connection crashed, Connection restored, String table, Instant since) throws SQLException {
        String name = table.toUpperCase(Locale.ROOT);
        boolean received = columns(restored, table).contains("exchanged_at");
        String sql = "SELECT * FROM " + name + " WHERE updated_at >= ?"
                + (received ? " AND (exchanged_at IS NULL OR exchanged_at <> updated_at)" : "");
        int carried = 0;
        try (PreparedStatement select = crashed.prepareStatement(sql)) {
            select.setObject(1, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                }
                String merge = "MERGE INTO " + name + " (" + String.join(", ", names) + ") KEY (" + String.join(", ", primaryKey(restored, table)) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
                try (PreparedStatement write = restored.prepareStatement(merge)) {
                    while (rows.next()) {
                        for (int i = 1; i <= names.size(); i++) {
                            write.setObject(i, rows.getObject(i));
                        }
                        try {
                            write.executeUpdate();
                            carried++;
                        } catch (SQLException e) {
                            // Refers to something that is not there any more; the rest is still worth keeping.
                            LOG.warn("Could not keep an edit of {} made during the interrupted action (H2 error {})", table, e.getErrorCode());
                        }
                    }
                }
            }
        }
        return carried;
    }

    /** Deletions made here: a tombstone since the start, and the record really gone from the interrupted file. */
    private static int deletions(Connection crashed, Connection restored, Instant since) throws SQLException {
        Set<String> tables = Set.copyOf(DataTables.names(restored));
        int carried = 0;
        for (Object[] tomb : Sql.list(crashed, "SELECT entity, id, deleted_at FROM tombstone WHERE deleted_at >= ?",
                row -> new Object[] {row.getString("entity"), Sql.uuid(row, "id"), row.getObject("deleted_at")},
                since.atOffset(ZoneOffset.UTC))) {
            String table = (String) tomb[0];
            UUID id = (UUID) tomb[1];
            if (!tables.contains(table) || Sql.count(crashed, "SELECT COUNT(*) FROM " + table + " WHERE id = ?", id) > 0) {
                continue;
            }
            Sql.update(restored, "MERGE INTO tombstone (entity, id, deleted_at) KEY (entity, id) VALUES (?, ?, ?)", tomb);
            Sql.update(restored, "DELETE FROM " + table + " WHERE id = ?", id);
            carried++;
        }
        return carried;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        return Sql.list(c, "SELECT LOWER(k.column_name) AS name FROM information_schema.table_constraints t"
                + " JOIN information_schema.key_column_usage k ON k.constraint_schema = t.constraint_schema"
                + "   AND k.constraint_name = t.constraint_name"
                + " WHERE t.table_schema = 'PUBLIC' AND t.constraint_type = 'PRIMARY KEY' AND LOWER(t.table_name) = ?"
                + " ORDER BY k.ordinal_position", row -> row.getString("name"), table);
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        return Sql.list(c, "SELECT LOWER(column_name) AS name FROM information_schema.columns"
                + " WHERE table_schema = 'PUBLIC' AND LOWER(table_name) = ?", row -> row.getString("name"), table);
    }
}
