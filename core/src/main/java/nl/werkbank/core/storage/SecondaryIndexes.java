package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The foreign keys and plain indexes of an H2 schema, taken from H2's own {@code SCRIPT NODATA}: dropped before a bulk
 * load and made again after it ({@link BulkLoad}, and the bench's storage floor).
 */
public final class SecondaryIndexes {

    private static final Pattern SELECTIVITY = Pattern.compile(" SELECTIVITY \\d+");

    private SecondaryIndexes() {
    }

    /** H2's own description of the schema (no data), to compare before and after. */
    public static List<String> schema(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SCRIPT NODATA")) {
            while (r.next()) {
                // Its "-- 13 +/- SELECT COUNT(*)" lines are row counts and SELECTIVITY the statistics H2 gathers on its
                // own after many rows: neither is schema.
                if (!r.getString(1).startsWith("-- ")) {
                    lines.add(SELECTIVITY.matcher(r.getString(1)).replaceAll(""));
                }
            }
        }
        return lines;
    }

    /**
     * Drops the foreign keys (first: an index a key uses cannot go before it) and the plain indexes; returns the
     * statements that make them again, indexes first, keys checked against the rows (no NOCHECK).
     */
    public static List<String> drop(Connection c) throws SQLException {
        List<String> script = schema(c);
        List<String> indexes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String line : script) {
                if (line.startsWith("ALTER TABLE ") && line.contains(" FOREIGN KEY(")) {
                    String[] words = line.split(" ");
                    s.execute("ALTER TABLE " + words[2] + " DROP CONSTRAINT " + words[5]);
                    keys.add(line.replace(" NOCHECK", ""));
                }
            }
            for (String line : script) {
                if (line.startsWith("CREATE INDEX ") && !line.contains("\"flyway_schema_history\"")) {
                    s.execute("DROP INDEX " + line.split(" ")[2]);
                    indexes.add(line);
                }
            }
        }
        indexes.addAll(keys);
        return indexes;
    }

    /** Makes again what {@link #drop} took away; each foreign key checks the rows as it is made. */
    public static Void restore(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
        return null;
    }
}
