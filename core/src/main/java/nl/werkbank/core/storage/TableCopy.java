package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Replaces every record of one database with those of another with the same schema, inside the caller's transaction. */
final class TableCopy {

    private static final int BATCH = 1_000;

    private TableCopy() {
    }

    /** Copies all records of {@code from} into {@code to}; {@code expected} (may be empty) is checked first. */
    static Map<String, Long> replaceAll(Connection from, Connection to, Map<String, Long> expected) throws SQLException {
        Map<String, Long> found = DataTables.counts(from);
        if (!expected.isEmpty() && !found.equals(expected)) {
            throw new SQLException("The backup holds " + found + " but was written with " + expected);
        }
        List<String> tables = new ArrayList<>(DataTables.names(to));
        tables.addAll(DataTables.BOOKKEEPING);
        DataTables.deleteAll(to, tables);
        ForeignKeys keys = ForeignKeys.read(to);
        for (String table : keys.parentsFirst(tables)) {
            copy(from, to, table, keys.selfReferences(table).stream().map(ForeignKeys.Reference::column).toList());
        }
        return DataTables.counts(to);
    }

    /** Rows referring to rows of their own table get that reference after all rows are in. */
    private static void copy(Connection from, Connection to, String table, List<String> selfColumns) throws SQLException {
        String name = table.toUpperCase(Locale.ROOT);
        List<Object[]> deferred = new ArrayList<>();
        try (Statement select = from.createStatement(); ResultSet rows = select.executeQuery("SELECT * FROM " + name)) {
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String sql = "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement insert = to.prepareStatement(sql)) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = rows.getObject(i);
                        if (value != null && selfColumns.contains(names.get(i - 1))) {
                            deferred.add(new Object[] {names.get(i - 1), value, rows.getObject("id")});
                            value = null;
                        }
                        insert.setObject(i, value);
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
        for (Object[] reference : deferred) {
            Sql.update(to, "UPDATE " + name + " SET " + reference[0] + " = ? WHERE id = ?", reference[1], reference[2]);
        }
    }
}
