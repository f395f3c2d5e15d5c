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
            "exchange_conflict", "exchange_log");
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
    static Map<String, Long> counts(Connection c) throws SQLException {
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

    /** Deletes every user record (and tombstones) in one transaction; installation id and reference data stay. */
    public static void wipe(Database db) {
        db.transaction(c -> {
            try (var statement = c.createStatement()) {
                statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
                try {
                    for (String table : names(c)) {
                        if (REFERENCE.contains(table)) {
                            continue;
                        }
                        statement.executeUpdate("DELETE FROM " + table.toUpperCase(Locale.ROOT));
                    }
                    for (String bookkeeping : List.of("TOMBSTONE", "EXCHANGE_CONFLICT", "EXCHANGE_LOG")) {
                        statement.executeUpdate("DELETE FROM " + bookkeeping);
                    }
                } finally {
                    statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
            }
            return null;
        });
    }
}
