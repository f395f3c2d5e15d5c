package nl.werkbank.core.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.StorageException;
import nl.werkbank.core.storage.StorageFailures;

/**
 * SQL for records of any exchanged kind, as rows of values in the kind's column order: their versions, lookups by
 * unique key, and writes as received (batched) or as the user chose them. Each call joins the caller's transaction.
 */
final class RecordRepository {

    private final Database db;

    RecordRepository(Database db) {
        this.db = db;
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

    /** As {@link #versions(Kind, Map, Map)}, for these ids only (those we hold), each found by its primary key. */
    void versions(Kind kind, List<UUID> ids, Map<UUID, Instant> local, Map<UUID, Instant> bases) {
        db.transaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT updated_at, exchanged_at FROM " + kind.table() + " WHERE id = ?")) {
                for (UUID id : ids) {
                    select.setObject(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            local.put(id, row.getObject(1, OffsetDateTime.class).toInstant());
                            OffsetDateTime base = row.getObject(2, OffsetDateTime.class);
                            if (base != null) {
                                bases.put(id, base.toInstant());
                            }
                        }
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
                        values.add(KindRepository.read(row, i + 3, kind.columns().get(key.get(i)).type()));
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
                        KindRepository.bind(select, i + 2, row[key.get(i)]);
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
                    return KindRepository.readRow(row, kind);
                }
            }
        });
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
                KindRepository.bind(statement, index++, exchangedAt);
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

    /** Batched inserts and updates of one kind's records as received; close to send the rest. Unless {@code write}, none are sent. */
    RowBatches batches(Kind kind, boolean write) {
        return db.transaction(c -> new RowBatches(c, kind, write, db::commitSoFar));
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
                KindRepository.bind(statement, index++, row[i]);
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
        private final boolean write;
        /** After each thousand rows: a bulk load's copy commits them ({@link Database#commitSoFar()}). */
        private final Runnable afterBatch;

        private RowBatches(Connection c, Kind kind, boolean write, Runnable afterBatch) throws SQLException {
            this.kind = kind;
            this.write = write;
            this.afterBatch = afterBatch;
            this.inserts = c.prepareStatement(insertSql(kind));
            this.updates = c.prepareStatement(updateSql(kind));
            this.exchanged = c.prepareStatement("UPDATE " + kind.table() + " SET exchanged_at = ? WHERE id = ?");
        }

        /** A new record, its version as exchanged being the one it arrives with. */
        void insert(Object[] row) {
            if (!write) {
                return;
            }
            run(() -> {
                int index = bindRow(inserts, kind, row, false);
                KindRepository.bind(inserts, index, row[kind.updatedIndex()]);
                next(inserts, 0);
            });
        }

        /** A newer version of a record we hold. */
        void update(Object[] row) {
            if (!write) {
                return;
            }
            run(() -> {
                int index = bindRow(updates, kind, row, true);
                KindRepository.bind(updates, index++, row[kind.updatedIndex()]);
                updates.setObject(index, row[kind.idIndex()]);
                next(updates, 1);
            });
        }

        /** The version last exchanged of a record we hold. */
        void exchanged(UUID id, Instant version) {
            if (!write) {
                return;
            }
            run(() -> {
                KindRepository.bind(exchanged, 1, version);
                exchanged.setObject(2, id);
                next(exchanged, 2);
            });
        }

        private void next(PreparedStatement statement, int which) throws SQLException {
            statement.addBatch();
            if (++pending[which] == 1000) {
                statement.executeBatch();
                pending[which] = 0;
                afterBatch.run();
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
