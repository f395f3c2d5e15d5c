package nl.werkbank.core.exchange;

import java.sql.Connection;
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
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.storage.DataTables;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.StorageException;
import nl.werkbank.core.storage.StorageFailures;
import nl.werkbank.core.storage.Tombstones;

/**
 * SQL for exchange: records of any kind read and written as rows of values in the kind's column order, versions,
 * tombstones, conflicts and the exchange log. Exchange is table-generic (a new column travels without code), so
 * its SQL is built from the schema. Each call joins the caller's transaction.
 */
final class ExchangeRepository {

    private final Database db;

    ExchangeRepository(Database db) {
        this.db = db;
    }

    /** The exchanged tables as the schema has them, parents before children. */
    Map<String, Kind> kinds() {
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

    /** Reads column {@code column} of the current row as the exchange's Java value of {@code type}. */
    static Object read(ResultSet row, int column, ValueType type) throws SQLException {
        Object value = switch (type) {
            case UUID_TEXT -> row.getObject(column, UUID.class);
            case TEXT -> row.getString(column);
            case INTEGER -> row.getObject(column, Long.class);
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

    UUID installation() {
        return db.transaction(c -> Sql.one(c, "SELECT id FROM installation", row -> Sql.uuid(row, "id")).orElseThrow());
    }

    void log(String direction, String file, UUID other, Instant at, String summary, boolean fullExport) {
        db.transaction(c -> Sql.update(c, "INSERT INTO exchange_log (id, direction, file_name, other_installation, happened_at,"
                + " summary, full_export) VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), direction, file, other, at, summary,
                fullExport));
    }

    /** When the last full export was written: every version older than that has been sent. */
    Instant lastFullExport() {
        return db.transaction(c -> Sql.one(c, "SELECT happened_at FROM exchange_log WHERE full_export"
                + " ORDER BY happened_at DESC LIMIT 1", row -> Sql.instant(row, "happened_at")).orElse(null));
    }

    Optional<char[]> password() {
        return db.transaction(c -> Sql.one(c, "SELECT secret FROM local_secret WHERE name = 'exchange-password'",
                row -> row.getString("secret").toCharArray()));
    }

    void setPassword(char[] password, Instant now) {
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM local_secret WHERE name = 'exchange-password'");
            if (password != null && password.length > 0) {
                Sql.update(c, "INSERT INTO local_secret (name, secret, updated_at) VALUES ('exchange-password', ?, ?)",
                        new String(password), now.atOffset(ZoneOffset.UTC));
            }
            return null;
        });
    }

    List<Tombstone> tombstones() {
        return db.transaction(c -> Sql.list(c, "SELECT entity, id, deleted_at FROM tombstone ORDER BY entity, id",
                row -> new Tombstone(row.getString("entity"), Sql.uuid(row, "id"), Sql.instant(row, "deleted_at"))));
    }

    long tombstoneCount() {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM tombstone"));
    }

    boolean tombstoned(String entity, Object id) {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM tombstone WHERE entity = ? AND id = ?", entity, id)) > 0;
    }

    /** Stores deletions (a later time replaces an earlier one), in batches. */
    void storeTombstones(Collection<Tombstone> tombstones) {
        db.transaction(c -> {
            try (PreparedStatement merge = c.prepareStatement("MERGE INTO tombstone (entity, id, deleted_at) KEY (entity, id)"
                    + " VALUES (?, ?, ?)")) {
                for (Tombstone tombstone : tombstones) {
                    merge.setString(1, tombstone.entity());
                    merge.setObject(2, tombstone.id());
                    bind(merge, 3, tombstone.deletedAt());
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            return null;
        });
    }

    void recordTombstone(String entity, UUID id, Instant at) {
        Tombstones.record(db, entity, id, at);
    }

    /** Our version of every record of the kind, and the version last exchanged (where there was one). */
    void versions(Kind kind, Map<UUID, Instant> local, Map<UUID, Instant> bases) {
        db.transaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, updated_at, exchanged_at FROM " + kind.table());
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    local.put(id, row.getObject(2, OffsetDateTime.class).toInstant());
                    OffsetDateTime base = row.getObject(3, OffsetDateTime.class);
                    if (base != null) {
                        bases.put(id, base.toInstant());
                    }
                }
            }
            return null;
        });
    }

    /** Our records of the kind by the values of one unique key. */
    Map<List<Object>, UniqueKeys.Clash> byKey(Kind kind, List<Integer> key) {
        List<String> names = key.stream().map(i -> kind.columns().get(i).name()).toList();
        return db.transaction(c -> {
            Map<List<Object>, UniqueKeys.Clash> map = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, updated_at, " + String.join(", ", names)
                    + " FROM " + kind.table()); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int i = 0; i < key.size(); i++) {
                        values.add(read(row, i + 3, kind.columns().get(key.get(i)).type()));
                    }
                    map.put(values, new UniqueKeys.Clash(row.getObject(1, UUID.class),
                            row.getObject(2, OffsetDateTime.class).toInstant()));
                }
            }
            return map;
        });
    }

    /** Our record (other than this one) holding one of this row's unique keys, looked up by key; or null. */
    UniqueKeys.Clash holder(Kind kind, Object[] row) {
        return db.transaction(c -> {
            for (List<Integer> key : kind.uniqueKeys()) {
                StringBuilder sql = new StringBuilder("SELECT id, updated_at FROM " + kind.table() + " WHERE id <> ?");
                for (int index : key) {
                    sql.append(" AND ").append(kind.columns().get(index).name()).append(" = ?");
                }
                try (PreparedStatement select = c.prepareStatement(sql.toString())) {
                    select.setObject(1, row[kind.idIndex()]);
                    for (int i = 0; i < key.size(); i++) {
                        bind(select, i + 2, row[key.get(i)]);
                    }
                    try (ResultSet found = select.executeQuery()) {
                        if (found.next()) {
                            return new UniqueKeys.Clash(found.getObject(1, UUID.class),
                                    found.getObject(2, OffsetDateTime.class).toInstant());
                        }
                    }
                }
            }
            return null;
        });
    }

    /** Our record, in the kind's column order. */
    Object[] row(Kind kind, UUID id) {
        return db.transaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + kind.columnList() + " FROM " + kind.table()
                    + " WHERE id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return values(row, kind);
                }
            }
        });
    }

    private static Object[] values(ResultSet row, Kind kind) throws SQLException {
        Object[] values = new Object[kind.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(row, i + 1, kind.columns().get(i).type());
        }
        return values;
    }

    Optional<Instant> updatedAt(Kind kind, UUID id) {
        return db.transaction(c -> Sql.one(c, "SELECT updated_at FROM " + kind.table() + " WHERE id = ?",
                row -> Sql.instant(row, "updated_at"), id));
    }

    /** The version last exchanged of a record we hold (empty inside: never exchanged); empty when we do not hold it. */
    Optional<Optional<Instant>> exchangedAt(Kind kind, UUID id) {
        return db.transaction(c -> Sql.one(c, "SELECT exchanged_at FROM " + kind.table() + " WHERE id = ?",
                row -> Optional.ofNullable(Sql.instant(row, "exchanged_at")), id));
    }

    void delete(Kind kind, UUID id) {
        db.transaction(c -> Sql.update(c, "DELETE FROM " + kind.table() + " WHERE id = ?", id));
    }

    /** Deletes the record unless other records still refer to it; false when it was kept. */
    boolean deleteUnlessInUse(Kind kind, UUID id) {
        return db.transaction(c -> {
            try {
                Sql.update(c, "DELETE FROM " + kind.table() + " WHERE id = ?", id);
                return true;
            } catch (SQLException e) {
                // H2 undoes only the failed statement; the transaction goes on.
                if (!"23503".equals(e.getSQLState())) {
                    throw e;
                }
                return false;
            }
        });
    }

    /**
     * Writes a record as given (inserted, or updated when {@code exists}) with {@code exchangedAt} as its version last
     * exchanged. A parent that is gone makes it an {@link ExchangeFileException}.
     */
    void put(Kind kind, Object[] row, boolean exists, Instant exchangedAt) {
        db.transaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(exists ? updateSql(kind) : insertSql(kind))) {
                int index = bindRow(statement, kind, row, exists);
                bind(statement, index++, exchangedAt);
                if (exists) {
                    statement.setObject(index, row[kind.idIndex()]);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                if ("23506".equals(e.getSQLState()) || "23503".equals(e.getSQLState())) {
                    throw new ExchangeFileException("error.exchange.parentGone", kind.name());
                }
                throw e;
            }
            return null;
        });
    }

    /** Batched inserts and updates of one kind's records as received; close to send the rest. */
    RowBatches batches(Kind kind) {
        return db.transaction(c -> new RowBatches(c, kind));
    }

    /** Records per table, to count what deletions removed (cascades included). */
    Map<String, Long> tableCounts() {
        return db.transaction(DataTables::counts);
    }

    long privateCheckIns() {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM check_in WHERE private"));
    }

    Set<UUID> erasedPeople() {
        return db.transaction(c -> new HashSet<>(Sql.list(c, "SELECT id FROM person WHERE erased_at IS NOT NULL",
                row -> Sql.uuid(row, "id"))));
    }

    Optional<String> personName(Object id) {
        return db.transaction(c -> Sql.one(c, "SELECT name FROM person WHERE id = ?", r -> r.getString(1), id));
    }

    Optional<String> meetingDate(Object id) {
        return db.transaction(c -> Sql.one(c, "SELECT meeting_date FROM meeting WHERE id = ?", r -> r.getString(1), id));
    }

    boolean conflictKnown(String entity, Object recordId, Instant otherUpdated) {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM exchange_conflict WHERE entity = ? AND record_id = ?"
                + " AND other_updated = ?", entity, recordId, otherUpdated)) > 0;
    }

    void insertConflict(Conflict conflict, String otherVersion) {
        db.transaction(c -> Sql.update(c, "INSERT INTO exchange_conflict (id, entity, record_id, kept_from, label,"
                + " other_version, other_updated, kept_updated, file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                conflict.id(), conflict.kind(), conflict.recordId(), conflict.kept(), conflict.label(), otherVersion,
                conflict.otherUpdated(), conflict.keptUpdated(), conflict.fileName(), conflict.importedAt()));
    }

    List<Conflict> openConflicts() {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM exchange_conflict WHERE resolved_at IS NULL"
                + " ORDER BY imported_at DESC, entity, record_id", row -> new Conflict(Sql.uuid(row, "id"), row.getString("entity"),
                Sql.uuid(row, "record_id"), row.getString("label"), Conflict.Kept.valueOf(row.getString("kept_from")),
                Sql.instant(row, "kept_updated"), Sql.instant(row, "other_updated"), row.getString("file_name"),
                Sql.instant(row, "imported_at"))));
    }

    /** The kind of a kept conflict and the other version, as JSON. */
    Map.Entry<String, String> otherVersion(UUID conflictId) {
        return db.transaction(c -> Sql.one(c, "SELECT entity, other_version FROM exchange_conflict WHERE id = ?",
                r -> Map.entry(r.getString(1), r.getString(2)), conflictId).orElseThrow());
    }

    void resolve(UUID conflictId, Instant now) {
        db.transaction(c -> Sql.update(c, "UPDATE exchange_conflict SET resolved_at = ? WHERE id = ?", now, conflictId));
    }

    /** A value the database's own rules refuse (a check or uniqueness rule): the file is wrong, not the database. */
    static Optional<String> refusedByRules(StorageException e) {
        if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return Optional.of(sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse(""));
        }
        return Optional.empty();
    }

    /** Inserts a record as received: its exchanged version is the one it arrives with. */
    private static String insertSql(Kind kind) {
        String marks = String.join(", ", Collections.nCopies(kind.columns().size(), "?"));
        return "INSERT INTO " + kind.table() + " (" + kind.columnList() + ", exchanged_at) VALUES (" + marks + ", ?)";
    }

    private static String updateSql(Kind kind) {
        List<String> sets = kind.columns().stream().filter(col -> !col.name().equals("id")).map(col -> col.name() + " = ?").toList();
        return "UPDATE " + kind.table() + " SET " + String.join(", ", sets) + ", exchanged_at = ? WHERE id = ?";
    }

    /** Binds a record's columns (without the id for an update); returns the next parameter index. */
    private static int bindRow(PreparedStatement statement, Kind kind, Object[] row, boolean update) throws SQLException {
        int index = 1;
        for (int i = 0; i < row.length; i++) {
            if (!update || i != kind.idIndex()) {
                bind(statement, index++, row[i]);
            }
        }
        return index;
    }

    /** Prepared statements that send their rows to the database a thousand at a time. */
    static final class RowBatches implements AutoCloseable {
        private final Kind kind;
        private final PreparedStatement inserts;
        private final PreparedStatement updates;
        private final PreparedStatement exchanged;
        private final int[] pending = new int[3];

        private RowBatches(Connection c, Kind kind) throws SQLException {
            this.kind = kind;
            this.inserts = c.prepareStatement(insertSql(kind));
            this.updates = c.prepareStatement(updateSql(kind));
            this.exchanged = c.prepareStatement("UPDATE " + kind.table() + " SET exchanged_at = ? WHERE id = ?");
        }

        /** A new record, its version as exchanged being the one it arrives with. */
        void insert(Object[] row) {
            run(() -> {
                int index = bindRow(inserts, kind, row, false);
                bind(inserts, index, row[kind.updatedIndex()]);
                next(inserts, 0);
            });
        }

        /** A newer version of a record we hold. */
        void update(Object[] row) {
            run(() -> {
                int index = bindRow(updates, kind, row, true);
                bind(updates, index++, row[kind.updatedIndex()]);
                updates.setObject(index, row[kind.idIndex()]);
                next(updates, 1);
            });
        }

        /** The version last exchanged of a record we hold. */
        void exchanged(UUID id, Instant version) {
            run(() -> {
                bind(exchanged, 1, version);
                exchanged.setObject(2, id);
                next(exchanged, 2);
            });
        }

        private void next(PreparedStatement statement, int which) throws SQLException {
            statement.addBatch();
            if (++pending[which] == 1000) {
                statement.executeBatch();
                pending[which] = 0;
            }
        }

        @Override
        public void close() {
            run(() -> {
                try {
                    PreparedStatement[] all = {inserts, updates, exchanged};
                    for (int i = 0; i < all.length; i++) {
                        if (pending[i] > 0) {
                            all[i].executeBatch();
                        }
                    }
                } finally {
                    inserts.close();
                    updates.close();
                    exchanged.close();
                }
            });
        }

        private interface Work {
            void run() throws SQLException;
        }

        /** In the enclosing transaction: a failure rolls all of it back, as with every other call here. */
        private static void run(Work work) {
            try {
                work.run();
            } catch (SQLException e) {
                throw new StorageException(StorageFailures.key(e, "error.database.write"), e, "");
            }
        }
    }
}
