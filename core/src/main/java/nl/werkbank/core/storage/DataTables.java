package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Operations over all user-data tables, found in the schema itself so new features' tables are
 * included without a list to keep up to date.
 */
public final class DataTables {

    /** Bookkeeping tables that are not the user's records. */
    private static final Set<String> INTERNAL = Set.of("flyway_schema_history", "installation", "tombstone",
            "exchange_conflict", "exchange_log", "local_secret", "import_batch", "import_batch_item", "import_layout", "sync_state");
    /** Shipped reference data and settings: counted, but not "data" for emptiness and kept by a wipe. */
    private static final Set<String> REFERENCE = Set.of("checkin_question", "preparation_default", "hour_setting");

    private DataTables() {
    }

    static List<String> names(Connection c) throws SQLException {
        return Sql.list(c, "SELECT LOWER(table_name) AS name FROM information_schema.tables"
                + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY name",
                row -> row.getString("name")).stream().filter(name -> !INTERNAL.contains(name)).toList();
    }

    public static DatabaseInfo info(Database db) {
        return db.transaction(c -> {
            Map<String, Long> counts = counts(c);
            UUID installation = Sql.one(c, "SELECT id FROM installation", row -> Sql.uuid(row, "id")).orElse(null);
            return new DatabaseInfo(db.directory(), db.schemaVersion(), installation, counts);
        });
    }

    /** Records per user-data table (reference tables included), in table-name order. */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : names(c)) {
            counts.put(table, Sql.count(c, "SELECT COUNT(*) FROM " + table.toUpperCase(Locale.ROOT)));
        }
        return counts;
    }

    /** True when the user has stored nothing yet (reference data such as the question library does not count). */
    public static boolean isEmpty(Database db) {
        return info(db).recordCounts().entrySet().stream()
                .filter(entry -> !REFERENCE.contains(entry.getKey()))
                .allMatch(entry -> entry.getValue() == 0);
    }

    /**
     * Deletes every user record (and tombstones) inside the caller's transaction, children before parents, so
     * it can be part of a larger action (a demo load, a restore) that commits once; installation id and
     * reference data stay.
     */
    public static void wipe(Database db) {
        db.transaction(c -> {
            List<String> tables = new java.util.ArrayList<>(names(c).stream().filter(t -> !REFERENCE.contains(t)).toList());
            tables.addAll(BOOKKEEPING);
            deleteAll(c, tables);
            return null;
        });
    }

    /** Bookkeeping that belongs to the records: it goes with a wipe and comes back with a restore. */
    static final List<String> BOOKKEEPING = List.of("tombstone", "exchange_conflict", "exchange_log");

    /** Empties {@code tables} in an order the references accept, without leaving the transaction. */
    static void deleteAll(Connection c, List<String> tables) throws SQLException {
        ForeignKeys keys = ForeignKeys.read(c);
        List<String> order = keys.parentsFirst(tables);
        try (var statement = c.createStatement()) {
            for (String table : order) {
                for (ForeignKeys.Reference self : keys.selfReferences(table)) {
                    statement.executeUpdate("UPDATE " + table.toUpperCase(Locale.ROOT) + " SET " + self.column()
                            + " = NULL WHERE " + self.column() + " IS NOT NULL");
                }
            }
            for (int i = order.size() - 1; i >= 0; i--) {
                statement.executeUpdate("DELETE FROM " + order.get(i).toUpperCase(Locale.ROOT));
            }
        }
    }
}
