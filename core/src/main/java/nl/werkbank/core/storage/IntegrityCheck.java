package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkbank.core.common.Problem;

/**
 * Looks for damage H2 does not report by itself: pages that cannot be read, rows that refer to a record that
 * does not exist (a flipped byte in a key), and tables whose stored count differs from the rows read.
 */
public final class IntegrityCheck {

    private IntegrityCheck() {
    }

    /** What is wrong, in message keys; empty when the database is sound. Reads every row once. */
    public static List<Problem> run(Database db) {
        return db.transaction(IntegrityCheck::run);
    }

    static List<Problem> run(Connection c) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        List<String> tables = new ArrayList<>(DataTables.names(c));
        tables.addAll(DataTables.BOOKKEEPING);
        for (String table : tables) {
            readAll(c, table, problems);
        }
        for (ForeignKeys.Reference reference : ForeignKeys.read(c).references()) {
            orphans(c, reference, problems);
        }
        return problems;
    }

    private static void readAll(Connection c, String table, List<Problem> problems) {
        String name = table.toUpperCase(Locale.ROOT);
        try (Statement statement = c.createStatement()) {
            long stored = Sql.count(c, "SELECT COUNT(*) FROM " + name);
            long read = 0;
            try (ResultSet rows = statement.executeQuery("SELECT * FROM " + name)) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rows.getObject(i);
                    }
                    read++;
                }
            }
            if (read != stored) {
                problems.add(Problem.of(table, "check.countMismatch", table, stored, read));
            }
        } catch (SQLException | RuntimeException e) {
            problems.add(Problem.of(table, "check.unreadable", table));
        }
    }

    private static void orphans(Connection c, ForeignKeys.Reference r, List<Problem> problems) {
        try {
            long count = Sql.count(c, "SELECT COUNT(*) FROM " + r.child() + " x WHERE x." + r.column() + " IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM " + r.parent() + " p WHERE p." + r.parentColumn() + " = x." + r.column() + ")");
            if (count > 0) {
                problems.add(Problem.of(r.child(), "check.orphans", count, r.child(), r.column(), r.parent()));
            }
        } catch (SQLException | RuntimeException e) {
            problems.add(Problem.of(r.child(), "check.unreadable", r.child()));
        }
    }
}
