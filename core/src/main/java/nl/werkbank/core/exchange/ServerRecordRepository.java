package nl.werkbank.core.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.server.ServerException;
import nl.werkbank.core.server.ServerRepository;

/**
 * SQL on the Werkplaats server for the sync, over one connection as the user's own account: the server's change
 * sequence and clock, what changed since a number (read through the account's grants and row-level policies, so a
 * facilitator reads only what she may), and writing what a laptop sends. Table-generic like the exchange file.
 */
final class ServerRecordRepository implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final Connection c;

    ServerRecordRepository(DataSource server) {
        try {
            this.c = server.getConnection();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // A laptop that drops off the network half-way through a push must not keep the other laptops waiting
                // for the write lock: the server ends its transaction after a minute of silence.
                s.execute("SET idle_in_transaction_session_timeout = '60s'");
            }
            c.commit();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** What this account may read and write, per kind: the column names. */
    record Rights(Map<String, Set<String>> readable, Map<String, Set<String>> writable) {
        boolean reads(Kind kind) {
            return readable.getOrDefault(kind.name(), Set.of()).contains("id");
        }

        boolean writes(Kind kind) {
            return writable.getOrDefault(kind.name(), Set.of()).contains("id");
        }
    }

    Rights rights(Map<String, Kind> kinds) {
        Map<String, Set<String>> readable = new HashMap<>();
        Map<String, Set<String>> writable = new HashMap<>();
        run(() -> {
            try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT table_name, column_name,"
                    + " has_column_privilege('public.' || table_name, column_name, 'SELECT'),"
                    + " has_column_privilege('public.' || table_name, column_name, 'INSERT')"
                    + " AND has_column_privilege('public.' || table_name, column_name, 'UPDATE')"
                    + " FROM information_schema.columns WHERE table_schema = 'public'")) {
                while (row.next()) {
                    if (!kinds.containsKey(row.getString(1))) {
                        continue;
                    }
                    if (row.getBoolean(3)) {
                        readable.computeIfAbsent(row.getString(1), k -> new HashSet<>()).add(row.getString(2));
                    }
                    if (row.getBoolean(4)) {
                        writable.computeIfAbsent(row.getString(1), k -> new HashSet<>()).add(row.getString(2));
                    }
                }
            }
            c.commit();
        });
        return new Rights(readable, writable);
    }

    /** The newest number in the change sequence this transaction sees. */
    long latest() {
        return call(() -> {
            try (Statement s = c.createStatement();
                 ResultSet row = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM werkbank_server.change")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Starts a read that sees one moment of the server: the newest number and the records read agree. */
    void beginSnapshot() {
        run(() -> {
            c.rollback();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        });
    }

    /** Starts a write: waits for the writers before it, as the change trigger would (writers take turns). */
    void beginWrite() {
        run(() -> {
            c.rollback();
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, ServerAccess.CHANGE_LOCK);
                lock.execute();
            }
        });
    }

    /** The server's clock, which decides where a laptop's clock is off (ADR 0022). */
    Instant clock() {
        return call(() -> {
            try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT clock_timestamp()")) {
                row.next();
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        });
    }

    void commit() {
        run(c::commit);
    }

    void rollback() {
        run(c::rollback);
    }

    /**
     * Records and deletions numbered after {@code seq} that this account may read, in the exchange's row form;
     * columns it may not read are null (the caller keeps its own values there). A record whose parent the account
     * cannot see is left out, as a file of one team leaves out the others.
     */
    ExchangeData since(Map<String, Kind> kinds, Rights rights, long seq, String serverName, UUID serverId, Instant now) {
        Map<String, List<Object[]>> records = new LinkedHashMap<>();
        List<Tombstone> tombstones = new ArrayList<>();
        run(() -> {
            for (Kind kind : kinds.values()) {
                if (rights.reads(kind)) {
                    List<Object[]> rows = rows(kind, rights, seq, kinds);
                    if (!rows.isEmpty()) {
                        records.put(kind.name(), rows);
                    }
                }
            }
            String changed = seq > 0 ? " WHERE id IN (SELECT id FROM werkbank_server.change WHERE entity = 'tombstone' AND seq > ?)" : "";
            try (PreparedStatement select = c.prepareStatement("SELECT entity, id, deleted_at FROM tombstone" + changed)) {
                if (seq > 0) {
                    select.setLong(1, seq);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        tombstones.add(new Tombstone(row.getString(1), row.getObject(2, UUID.class),
                                row.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                }
            }
        });
        return new ExchangeData(serverName, serverId, now, "server", false, records, tombstones);
    }

    private List<Object[]> rows(Kind kind, Rights rights, long seq, Map<String, Kind> kinds) throws SQLException {
        Set<String> readable = rights.readable().get(kind.name());
        List<String> select = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (Column column : kind.columns()) {
            select.add(readable.contains(column.name()) ? column.name() : "NULL");
            Kind parent = column.references() == null ? null : kinds.get(column.references());
            if (parent != null && rights.reads(parent) && readable.contains(column.name())) {
                where.add("(" + column.name() + " IS NULL OR " + column.name() + " IN (SELECT id FROM " + parent.table() + "))");
            }
        }
        if (seq > 0) {
            where.add("id IN (SELECT id FROM werkbank_server.change WHERE entity = ? AND seq > ?)");
        }
        String sql = "SELECT " + String.join(", ", select) + " FROM " + kind.table()
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setFetchSize(5_000);
            if (seq > 0) {
                statement.setString(1, kind.name());
                statement.setLong(2, seq);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(KindRepository.readRow(row, kind));
                }
            }
        }
        return rows;
    }

    /**
     * Writes what a laptop sends, inside the write begun by {@link #beginWrite}: deletions first (children before
     * parents; one still in use is kept, as in a merge), then records parents first, each as sent.
     */
    Set<UUID> write(Map<String, Kind> kinds, Rights rights, Map<String, List<Object[]>> rows, List<Tombstone> tombstones) {
        Set<UUID> refused = new HashSet<>();
        run(() -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO tombstone (entity, id, deleted_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (entity, id) DO UPDATE SET deleted_at = EXCLUDED.deleted_at"
                    + " WHERE tombstone.deleted_at < EXCLUDED.deleted_at")) {
                for (Tombstone tombstone : tombstones) {
                    insert.setString(1, tombstone.entity());
                    insert.setObject(2, tombstone.id());
                    KindRepository.bind(insert, 3, tombstone.deletedAt());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<Kind> reversed = new ArrayList<>(kinds.values());
            Collections.reverse(reversed);
            for (Kind kind : reversed) {
                for (Tombstone tombstone : tombstones) {
                    if (tombstone.entity().equals(kind.name())) {
                        deleteUnlessInUse(kind, tombstone.id());
                    }
                }
            }
            for (Kind kind : kinds.values()) {
                List<Object[]> ofKind = rows.getOrDefault(kind.name(), List.of());
                if (!ofKind.isEmpty()) {
                    refused.addAll(upsertWherePermitted(kind, rights.writable().get(kind.name()), ParentsFirst.order(kind, ofKind)));
                }
            }
        });
        return refused;
    }

    /**
     * All rows in batches; when a policy refuses one (a facilitator's laptop holding another team's records, loaded
     * from a file), the kind again row by row, each behind a savepoint: the ids refused are returned, the rest written.
     */
    private Set<UUID> upsertWherePermitted(Kind kind, Set<String> writable, List<Object[]> rows) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            upsert(kind, writable, rows);
            c.releaseSavepoint(before);
            return Set.of();
        } catch (SQLException e) {
            if (!"42501".equals(rootState(e))) {
                throw e;
            }
            c.rollback(before);
        }
        Set<UUID> refused = new HashSet<>();
        for (Object[] row : rows) {
            Savepoint one = c.setSavepoint();
            try {
                upsert(kind, writable, List.<Object[]>of(row));
                c.releaseSavepoint(one);
            } catch (SQLException e) {
                if (!"42501".equals(rootState(e))) {
                    throw e;
                }
                c.rollback(one);
                refused.add((UUID) row[kind.idIndex()]);
            }
        }
        return refused;
    }

    private static String rootState(SQLException e) {
        SQLException root = e.getNextException() != null ? e.getNextException() : e;
        return root.getSQLState() == null ? "" : root.getSQLState();
    }

    private void deleteUnlessInUse(Kind kind, UUID id) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + kind.table() + " WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            // PostgreSQL ends the whole transaction on a failed statement; the savepoint keeps the rest of the write.
            if (!"23503".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before);
        }
    }

    private void upsert(Kind kind, Set<String> writable, List<Object[]> rows) throws SQLException {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < kind.columns().size(); i++) {
            if (writable.contains(kind.columns().get(i).name())) {
                sent.add(i);
            }
        }
        List<String> names = sent.stream().map(i -> kind.columns().get(i).name()).toList();
        List<String> sets = names.stream().filter(name -> !name.equals("id")).map(name -> name + " = EXCLUDED." + name).toList();
        String sql = "INSERT INTO " + kind.table() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ") ON CONFLICT (id) DO UPDATE SET "
                + String.join(", ", sets);
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < sent.size(); i++) {
                    KindRepository.bind(statement, i + 1, row[sent.get(i)]);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // A connection that broke is gone either way.
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private interface Query<T> {
        T call() throws SQLException;
    }

    private void run(Work work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private <T> T call(Query<T> query) {
        try {
            return query.call();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** In the user's words by SQLSTATE; a refusal by the server's rules (a policy, a grant, a key) says so. */
    private static ServerException failure(SQLException e) {
        SQLException root = e.getNextException() != null ? e.getNextException() : e;
        String state = rootState(e);
        if (state.equals("42501")) {
            return new ServerException("error.sync.notPermitted", e);
        }
        if (state.startsWith("23")) {
            return new ServerException("error.sync.refused", e);
        }
        return new ServerException(ServerRepository.keyFor(root), e);
    }
}
