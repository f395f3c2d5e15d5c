package nl.werkbank.core.exchange;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.storage.Database;

/**
 * The exchanged tables read from the schema itself (columns, types, references, unique keys), and how each
 * column type's values are read from and bound to JDBC. A new column travels without code to keep up to date.
 */
final class KindRepository {

    private final Database db;

    KindRepository(Database db) {
        this.db = db;
    }

    /** The exchanged tables as the schema has them, parents before children. */
    Map<String, Kind> load() {
        return db.transaction(c -> {
            DatabaseMetaData meta = c.getMetaData();
            Map<String, Kind> kinds = new LinkedHashMap<>();
            for (String name : ExchangeKinds.ORDER) {
                String table = name.toUpperCase(Locale.ROOT);
                List<Column> columns = columns(meta, name, table);
                kinds.put(name, Kind.of(name, columns, uniqueKeys(meta, table, columns)));
            }
            return kinds;
        });
    }

    private static List<Column> columns(DatabaseMetaData meta, String name, String table) throws SQLException {
        Map<String, String> references = new LinkedHashMap<>();
        try (ResultSet keys = meta.getImportedKeys(null, "PUBLIC", table)) {
            while (keys.next()) {
                references.put(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                        keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, "PUBLIC", table, null)) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (column.equals(ExchangeKinds.EXCHANGED_AT)) {
                    continue;
                }
                boolean required = rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                columns.add(new Column(column, valueType(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME")), required,
                        references.get(column), rows.getInt("COLUMN_SIZE"), ExchangeKinds.allowed(name, column),
                        rows.getInt("DECIMAL_DIGITS"), rows.getInt("DATA_TYPE")));
            }
        }
        return columns;
    }

    private static List<List<Integer>> uniqueKeys(DatabaseMetaData meta, String table, List<Column> columns) throws SQLException {
        Map<String, List<Integer>> byIndex = new LinkedHashMap<>();
        try (ResultSet index = meta.getIndexInfo(null, "PUBLIC", table, true, false)) {
            while (index.next()) {
                String column = index.getString("COLUMN_NAME");
                String indexName = index.getString("INDEX_NAME");
                if (column == null || indexName.startsWith("PRIMARY_KEY")) {
                    continue;
                }
                String lower = column.toLowerCase(Locale.ROOT);
                int position = -1;
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).name().equals(lower)) {
                        position = i;
                    }
                }
                byIndex.computeIfAbsent(indexName, k -> new ArrayList<>()).add(position);
            }
        }
        return byIndex.values().stream().filter(key -> !key.equals(List.of(0))).map(List::copyOf).toList();
    }

    static ValueType valueType(int sqlType, String typeName) {
        return switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR, Types.NVARCHAR -> ValueType.TEXT;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> ValueType.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> ValueType.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> ValueType.BOOLEAN;
            case Types.DATE -> ValueType.DATE;
            case Types.TIME -> ValueType.TIME;
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> ValueType.INSTANT;
            case Types.BINARY, Types.OTHER, Types.JAVA_OBJECT -> {
                if ("UUID".equalsIgnoreCase(typeName)) {
                    yield ValueType.UUID_TEXT;
                }
                throw new IllegalStateException("No exchange type for " + typeName);
            }
            default -> throw new IllegalStateException("No exchange type for " + typeName + " (" + sqlType + ")");
        };
    }

    /** The current row's first columns as a record of {@code kind}, in its column order. */
    static Object[] readRow(ResultSet row, Kind kind) throws SQLException {
        Object[] values = new Object[kind.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(row, i + 1, kind.columns().get(i).type());
        }
        return values;
    }

    /** Reads column {@code column} of the current row as the exchange's Java value of {@code type}. */
    static Object read(ResultSet row, int column, ValueType type) throws SQLException {
        Object value = switch (type) {
            case UUID_TEXT -> row.getObject(column, UUID.class);
            case TEXT -> row.getString(column);
            case INTEGER -> row.getLong(column);
            case DECIMAL -> row.getBigDecimal(column);
            case BOOLEAN -> row.getObject(column, Boolean.class);
            case DATE -> row.getObject(column, LocalDate.class);
            case TIME -> row.getObject(column, LocalTime.class);
            case INSTANT -> {
                OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
        };
        return row.wasNull() ? null : value;
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }
}
