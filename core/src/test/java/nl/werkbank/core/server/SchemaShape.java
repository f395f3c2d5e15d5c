package nl.werkbank.core.server;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a schema holds, read through JDBC's own metadata so H2 and PostgreSQL are read the same way: per table its
 * columns (type, null or not), primary key, foreign keys (with their delete rule), unique column sets, named indexes
 * and how many CHECK constraints it has. Names are compared in lower case; generated constraint names are left out.
 */
record SchemaShape(Map<String, Table> tables) {

    record Table(Map<String, String> columns, List<String> primaryKey, Set<String> foreignKeys, Set<String> uniques,
                 Set<String> indexes, long checks) {
    }

    static SchemaShape read(Connection c, String schema) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Table> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet r = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                if (!r.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history")) {
                    names.add(r.getString("TABLE_NAME"));
                }
            }
        }
        for (String table : names) {
            tables.put(lower(table), new Table(columns(meta, schema, table), primaryKey(meta, schema, table),
                    foreignKeys(meta, schema, table), indexes(meta, schema, table, true), indexes(meta, schema, table, false),
                    checks(c, schema, table)));
        }
        return new SchemaShape(tables);
    }

    private static Map<String, String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (ResultSet r = meta.getColumns(null, schema, table, "%")) {
            while (r.next()) {
                columns.put(lower(r.getString("COLUMN_NAME")), type(r.getString("TYPE_NAME"), r.getInt("COLUMN_SIZE"),
                        r.getInt("DECIMAL_DIGITS")) + ("NO".equals(r.getString("IS_NULLABLE")) ? " not null" : ""));
            }
        }
        return columns;
    }

    /** One name per type for both databases; a type not listed here fails the comparison, so it gets looked at. */
    static String type(String name, int size, int digits) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "boolean", "bool" -> "boolean";
            case "character large object", "clob", "text" -> "text";
            case "character varying", "varchar" -> "varchar(" + size + ")";
            case "date" -> "date";
            case "decimal", "numeric" -> "numeric(" + size + "," + digits + ")";
            case "integer", "int4" -> "integer";
            case "bigint", "int8" -> "bigint";
            // H2's TIME is TIME(0) and PostgreSQL's time(6): both hold the minutes Werkbank writes.
            case "time" -> "time";
            case "timestamp with time zone", "timestamptz" -> "timestamptz";
            case "uuid" -> "uuid";
            default -> "unknown type " + name;
        };
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet r = meta.getPrimaryKeys(null, schema, table)) {
            while (r.next()) {
                columns.put(r.getInt("KEY_SEQ"), lower(r.getString("COLUMN_NAME")));
            }
        }
        return new ArrayList<>(columns.values());
    }

    private static Set<String> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, Map<Integer, String[]>> keys = new TreeMap<>();
        Map<String, String> rules = new TreeMap<>();
        try (ResultSet r = meta.getImportedKeys(null, schema, table)) {
            while (r.next()) {
                String name = r.getString("FK_NAME");
                keys.computeIfAbsent(name, k -> new TreeMap<>()).put(r.getInt("KEY_SEQ"),
                        new String[] {lower(r.getString("FKCOLUMN_NAME")), lower(r.getString("PKTABLE_NAME")), lower(r.getString("PKCOLUMN_NAME"))});
                rules.put(name, rule(r.getShort("DELETE_RULE")));
            }
        }
        Set<String> shapes = new TreeSet<>();
        keys.forEach((name, parts) -> {
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            String target = null;
            for (String[] part : parts.values()) {
                from.add(part[0]);
                target = part[1];
                to.add(part[2]);
            }
            shapes.add(from + " -> " + target + to + " on delete " + rules.get(name));
        });
        return shapes;
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "cascade";
            case DatabaseMetaData.importedKeySetNull -> "set null";
            case DatabaseMetaData.importedKeySetDefault -> "set default";
            default -> "restrict";
        };
    }

    /** Unique column sets, or the named plain indexes (H2's and PostgreSQL's generated names left out). */
    private static Set<String> indexes(DatabaseMetaData meta, String schema, String table, boolean unique) throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        try (ResultSet r = meta.getIndexInfo(null, schema, table, unique, false)) {
            while (r.next()) {
                String name = r.getString("INDEX_NAME");
                if (name == null || r.getBoolean("NON_UNIQUE") == unique) {
                    continue;
                }
                indexes.computeIfAbsent(lower(name), k -> new TreeMap<>()).put((int) r.getShort("ORDINAL_POSITION"),
                        lower(r.getString("COLUMN_NAME")));
            }
        }
        Set<String> shapes = new TreeSet<>();
        indexes.forEach((name, columns) -> {
            if (unique) {
                shapes.add(new TreeSet<>(columns.values()).toString());
            } else if (!name.startsWith("constraint_") && !name.startsWith("fk_")) {
                shapes.add(name + columns.values());
            }
        });
        return shapes;
    }

    private static long checks(Connection c, String schema, String table) throws SQLException {
        try (var s = c.prepareStatement("SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_schema = ?"
                + " AND table_name = ? AND constraint_type = 'CHECK' AND constraint_name NOT LIKE '%_not_null'")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
