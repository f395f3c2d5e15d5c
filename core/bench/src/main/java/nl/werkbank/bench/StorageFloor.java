package nl.werkbank.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkbank.bench.ReportBenchmark.Measurement;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.SecondaryIndexes;
import nl.werkbank.core.storage.Sql;

/**
 * What H2 itself needs to store the rows an import writes, measured beside the import: the same rows, already in
 * memory, inserted in batches into an empty database with the same schema. Foreign keys are not checked (that only
 * lowers the floor). Once with every index, in one transaction; once without the secondary indexes and foreign
 * keys, which are built after, as a bulk load into a new file would.
 */
final class StorageFloor {

    private static final int BATCH = 1_000;

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    /** Reads every data table of {@code source} into memory (not timed). */
    StorageFloor(Database source) {
        source.transaction(c -> {
            for (String table : tables(c)) {
                List<Object[]> read = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        read.add(row);
                    }
                }
                rows.put(table, read);
            }
            return null;
        });
    }

    long count() {
        return rows.values().stream().mapToLong(List::size).sum();
    }

    /** The same rows with the same indexes, one transaction. */
    Measurement withIndexes(Database empty) {
        empty.transaction(this::clear);
        long start = System.nanoTime();
        empty.transaction(c -> insertAll(c));
        return new Measurement("H2 floor: same rows, all indexes, one tx", millis(start), count() + " rows");
    }

    /** The same rows without secondary indexes and foreign keys; then those are built. Two measurements. */
    List<Measurement> withoutSecondaryIndexes(Database empty) {
        empty.transaction(this::clear);
        List<String> rebuild = empty.transaction(SecondaryIndexes::drop);
        long start = System.nanoTime();
        empty.transaction(c -> insertAll(c));
        double load = millis(start);
        start = System.nanoTime();
        empty.transaction(c -> SecondaryIndexes.restore(c, rebuild));
        double build = millis(start);
        return List.of(new Measurement("H2 floor: same rows, no secondary indexes", load, count() + " rows"),
                new Measurement("  then " + rebuild.size() + " indexes and foreign keys", build,
                        "total " + Math.round(load + build) + " ms"));
    }

    /** Removes what a new database starts with (its installation, default settings): the rows read replace them. */
    private Void clear(Connection c) throws SQLException {
        Sql.update(c, "SET REFERENTIAL_INTEGRITY FALSE");
        try {
            for (String table : rows.keySet()) {
                Sql.update(c, "DELETE FROM \"" + table + "\"");
            }
        } finally {
            Sql.update(c, "SET REFERENTIAL_INTEGRITY TRUE");
        }
        return null;
    }

    private Void insertAll(Connection c) throws SQLException {
        Sql.update(c, "SET REFERENTIAL_INTEGRITY FALSE");
        try {
            for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
                if (table.getValue().isEmpty()) {
                    continue;
                }
                int columns = table.getValue().get(0).length;
                String sql = "INSERT INTO \"" + table.getKey() + "\" VALUES (" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    int pending = 0;
                    for (Object[] row : table.getValue()) {
                        for (int i = 0; i < columns; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    insert.executeBatch();
                }
            }
        } finally {
            Sql.update(c, "SET REFERENTIAL_INTEGRITY TRUE");
        }
        return null;
    }

    private static List<String> tables(Connection c) throws SQLException {
        return Sql.list(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name", r -> r.getString(1));
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
