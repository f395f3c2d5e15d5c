package nl.werkbank.core.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.Tombstones;

/**
 * Merges an exchange file into the database, inside the caller's transaction. Per record the newer version
 * wins and a deletion is final, so the outcome does not depend on the order in which files are imported, and
 * importing a file again changes nothing. A record changed on both sides since the
 * last exchange is reported as a conflict and the losing version is kept for the user.
 */
final class ExchangeMerger {

    private static final int PROGRESS_STEP = 1_000;

    private final Connection c;
    private final Database db;
    private final Map<String, Kind> kinds;
    private final ExchangeData data;
    private final Instant now;
    private final Map<String, Map<UUID, Instant>> tombs = new HashMap<>();
    private final Map<String, Set<UUID>> present = new HashMap<>();
    /** Records not taken because they or a parent were deleted: their children are not taken either. */
    private final Map<String, Set<UUID>> gone = new HashMap<>();
    private final Map<String, KindCounts> counts = new LinkedHashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<String> keptInUse = new ArrayList<>();
    /** Every version older than this was sent in a full export. */
    private Instant lastFullExport;
    private Erasures erasure;
    private final Progress progress;
    private long done;

    ExchangeMerger(Connection c, Database db, Map<String, Kind> kinds, ExchangeData data, Instant now, Progress progress) {
        this.c = c;
        this.db = db;
        this.kinds = kinds;
        this.data = data;
        this.now = now;
        this.progress = progress;
    }

    ImportResult merge(boolean applied) throws SQLException {
        lastFullExport = Sql.list(c, "SELECT happened_at FROM exchange_log WHERE full_export ORDER BY happened_at DESC LIMIT 1",
                row -> Sql.instant(row, "happened_at")).stream().findFirst().orElse(null);
        mergeTombstones();
        erasure = kinds.get("person").index("erased_at") >= 0 ? new Erasures(c, db) : null;
        for (Kind kind : kinds.values()) {
            mergeKind(kind, data.records().getOrDefault(kind.name(), List.of()));
        }
        if (erasure != null) {
            erasure.scrubArrived(now);
        }
        Removals removals = removalsOf(this::applyDeletions);
        return new ImportResult(data.fileName(), data.installationId(), data.exportedAt(), data.scopeName(),
                data.privateRoundsIncluded(), counts, conflicts, keptInUse, applied, removals);
    }

    /** Local and incoming deletions together, keeping the latest time per record. */
    private void mergeTombstones() throws SQLException {
        for (Tombstone local : Sql.list(c, "SELECT entity, id, deleted_at FROM tombstone",
                row -> new Tombstone(row.getString("entity"), Sql.uuid(row, "id"), Sql.instant(row, "deleted_at")))) {
            tombs.computeIfAbsent(local.entity(), k -> new HashMap<>()).put(local.id(), local.deletedAt());
        }
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO tombstone (entity, id, deleted_at) KEY (entity, id) VALUES (?, ?, ?)")) {
            for (Tombstone incoming : data.tombstones()) {
                Map<UUID, Instant> ofKind = tombs.computeIfAbsent(incoming.entity(), k -> new HashMap<>());
                Instant known = ofKind.get(incoming.id());
                if (known == null || incoming.deletedAt().isAfter(known)) {
                    ofKind.put(incoming.id(), incoming.deletedAt());
                    merge.setString(1, incoming.entity());
                    merge.setObject(2, incoming.id());
                    ValueType.INSTANT.bind(merge, 3, incoming.deletedAt());
                    merge.addBatch();
                }
            }
            merge.executeBatch();
        }
    }

    private void mergeKind(Kind kind, List<Object[]> rows) throws SQLException {
        Map<UUID, Instant> local = new HashMap<>();
        Map<UUID, Instant> bases = new HashMap<>();
        versions(c, kind, local, bases);
        Set<UUID> ids = new HashSet<>(local.keySet());
        present.put(kind.name(), ids);
        UniqueKeys unique = new UniqueKeys(c, kind, local.isEmpty() || rows.isEmpty());
        Map<UUID, Instant> kindTombs = tombs.getOrDefault(kind.name(), Map.of());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int older = 0;
        int conflicted = 0;
        int skipped = 0;
        try (Batch inserts = new Batch(c, insertSql(kind));
             Batch updates = new Batch(c, updateSql(kind));
             Batch base = new Batch(c, "UPDATE " + kind.table() + " SET exchanged_at = ? WHERE id = ?")) {
            for (Object[] row : parentsFirst(kind, rows)) {
                tick();
                UUID id = (UUID) row[kind.idIndex()];
                Instant version = (Instant) row[kind.updatedIndex()];
                Instant deleted = kindTombs.get(id);
                if (deleted != null || parentDeleted(kind, row)) {
                    if (deleted != null && version.isAfter(deleted)) {
                        editedAfterDeletion(kind, row, deleted, version);
                    }
                    gone.computeIfAbsent(kind.name(), k -> new HashSet<>()).add(id);
                    skipped++;
                    continue;
                }
                Instant mine = local.get(id);
                if (erasure != null && erasure.aboutErased(kind, row)) {
                    // Texts and votes of someone erased are not taken in again, nor kept as a conflict.
                    older++;
                    continue;
                }
                if (erasure != null && kind.name().equals("person") && mine != null) {
                    // Vergetelheid wins over any edit, in either direction: an erased person is not brought back, and
                    // an erasure made elsewhere is taken even when this laptop edited the person later.
                    boolean erasedHere = erasure.erasedHere(id);
                    boolean erasedThere = row[kind.index("erased_at")] != null;
                    if (erasedHere && !erasedThere) {
                        older++;
                        continue;
                    }
                    if (erasedThere && !erasedHere) {
                        erasure.arrived(id);
                        updates.add(kind, row, id);
                        updated++;
                        continue;
                    }
                }
                if (mine == null && erasure != null && kind.name().equals("person") && row[kind.index("erased_at")] != null) {
                    erasure.arrived(id);
                }
                if (mine == null) {
                    UniqueKeys.Clash clash = unique.clash(row);
                    if (clash != null && !wins(version, id, clash.updated(), clash.id())) {
                        loseToLocal(kind, row, clash, version);
                        conflicted++;
                        continue;
                    }
                    if (clash != null) {
                        winFromLocal(kind, row, clash, version);
                        conflicted++;
                    }
                    inserts.add(kind, row, null);
                    unique.remember(row);
                    ids.add(id);
                    added++;
                } else if (mine.equals(version)) {
                    unchanged++;
                } else {
                    // A conflict when the losing version holds a change made since the last exchange of this record.
                    Instant shared = bases.get(id);
                    if (version.isAfter(mine)) {
                        boolean sent = mine.equals(shared) || lastFullExport != null && !mine.isAfter(lastFullExport);
                        if (!sent) {
                            keepConflict(kind, localRow(kind, id), true, version, mine);
                            conflicted++;
                        }
                        updates.add(kind, row, id);
                        updated++;
                    } else {
                        if (shared == null || !shared.equals(version)) {
                            keepConflict(kind, row, false, mine, version);
                            conflicted++;
                        }
                        older++;
                    }
                }
                if (mine != null && !version.equals(bases.get(id))) {
                    base.add(id, version);
                }
            }
        }
        counts.put(kind.name(), new KindCounts(added, updated, unchanged, older, conflicted, skipped, 0));
    }

    /** Every thousand records: say how far, and stop here when the user asked (the caller's transaction rolls back). */
    private void tick() {
        if (++done % PROGRESS_STEP == 0) {
            progress.update(done, data.recordCount());
            progress.checkCancelled();
        }
    }

    /** Newest wins; on an exact tie the larger id, so both laptops pick the same record. */
    private static boolean wins(Instant version, UUID id, Instant otherVersion, UUID otherId) {
        int order = version.compareTo(otherVersion);
        return order > 0 || order == 0 && id.compareTo(otherId) > 0;
    }

    /** A record of the file (new to us) clashes with ours on a unique key (one attendance per person per meeting). */
    private void loseToLocal(Kind kind, Object[] row, UniqueKeys.Clash clash, Instant version) throws SQLException {
        UUID id = (UUID) row[kind.idIndex()];
        recordTomb(kind.name(), id, clash.updated());
        keepConflict(kind, row, false, clash.updated(), version);
    }

    private void winFromLocal(Kind kind, Object[] row, UniqueKeys.Clash clash, Instant version) throws SQLException {
        keepConflict(kind, localRow(kind, clash.id()), true, version, clash.updated());
        Sql.update(c, "DELETE FROM " + kind.table() + " WHERE id = ?", clash.id());
        recordTomb(kind.name(), clash.id(), version);
        present.get(kind.name()).remove(clash.id());
    }

    private void recordTomb(String kind, UUID id, Instant at) throws SQLException {
        Map<UUID, Instant> ofKind = tombs.computeIfAbsent(kind, k -> new HashMap<>());
        Instant known = ofKind.get(id);
        if (known == null || at.isAfter(known)) {
            ofKind.put(id, at);
            Tombstones.record(c, kind, id, at);
        }
    }

    /** A reference to a record that is neither here nor in the file: skipped if it was deleted, else the file is bad. */
    private boolean parentDeleted(Kind kind, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            Column column = kind.columns().get(i);
            if (column.references() == null || row[i] == null || !kinds.containsKey(column.references())) {
                continue;
            }
            Set<UUID> targets = present.get(column.references());
            if (targets == null || targets.contains(row[i]) || column.references().equals(kind.name()) && inFile(kind, row[i])) {
                continue;
            }
            if (tombs.getOrDefault(column.references(), Map.of()).containsKey(row[i])
                    || gone.getOrDefault(column.references(), Set.of()).contains(row[i])) {
                return true;
            }
            throw new ExchangeFileException("error.exchange.missingReference", kind.name(), row[kind.idIndex()], column.name(),
                    row[i]);
        }
        return false;
    }

    private boolean inFile(Kind kind, Object id) {
        return data.records().getOrDefault(kind.name(), List.of()).stream().anyMatch(r -> id.equals(r[kind.idIndex()]));
    }

    /** Rows of a kind that refers to itself (an organisation's parent), parents first. */
    private static List<Object[]> parentsFirst(Kind kind, List<Object[]> rows) {
        int self = -1;
        for (int i = 0; i < kind.columns().size(); i++) {
            if (kind.name().equals(kind.columns().get(i).references())) {
                self = i;
            }
        }
        if (self < 0) {
            return rows;
        }
        Map<Object, Object[]> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row[kind.idIndex()], row));
        List<Object[]> ordered = new ArrayList<>();
        Set<Object> done = new HashSet<>();
        for (Object[] row : rows) {
            addWithParents(row, byId, ordered, done, self, kind.idIndex(), new HashSet<>());
        }
        return ordered;
    }

    private static void addWithParents(Object[] row, Map<Object, Object[]> byId, List<Object[]> ordered, Set<Object> done,
                                       int self, int idIndex, Set<Object> path) {
        Object id = row[idIndex];
        if (done.contains(id) || !path.add(id)) {
            return;
        }
        Object[] parent = row[self] == null ? null : byId.get(row[self]);
        if (parent != null) {
            addWithParents(parent, byId, ordered, done, self, idIndex, path);
        }
        done.add(id);
        ordered.add(row);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws SQLException;
    }

    /**
     * Counts every table before and after the deletions: what they remove, cascades included (a deleted meeting takes
     * its attendance, check-ins and votes along), not only the records the file names.
     */
    private Removals removalsOf(Step deletions) throws SQLException {
        if (data.tombstones().isEmpty()) {
            deletions.run();
            return Removals.NONE;
        }
        Map<String, Long> before = nl.werkbank.core.storage.DataTables.counts(c);
        long privateBefore = Sql.count(c, "SELECT COUNT(*) FROM check_in WHERE private");
        deletions.run();
        Map<String, Long> after = nl.werkbank.core.storage.DataTables.counts(c);
        Map<String, Long> removed = new java.util.LinkedHashMap<>();
        for (Kind kind : kinds.values()) {
            long gone = before.getOrDefault(kind.name(), 0L) - after.getOrDefault(kind.name(), 0L);
            if (gone > 0) {
                removed.put(kind.name(), gone);
            }
        }
        return new Removals(removed, privateBefore - Sql.count(c, "SELECT COUNT(*) FROM check_in WHERE private"));
    }

    /** Incoming deletions of records we still have in an older version; children go first. */
    private void applyDeletions() throws SQLException {
        List<Kind> reversed = new ArrayList<>(kinds.values());
        Collections.reverse(reversed);
        Map<String, List<Tombstone>> byKind = new HashMap<>();
        data.tombstones().forEach(t -> byKind.computeIfAbsent(t.entity(), k -> new ArrayList<>()).add(t));
        for (Kind kind : reversed) {
            int deleted = 0;
            for (Tombstone tomb : byKind.getOrDefault(kind.name(), List.of())) {
                Instant mine = Sql.one(c, "SELECT updated_at FROM " + kind.table() + " WHERE id = ?",
                        row -> Sql.instant(row, "updated_at"), tomb.id()).orElse(null);
                if (mine == null) {
                    continue;
                }
                if (mine.isAfter(tomb.deletedAt())) {
                    editedAfterDeletion(kind, localRow(kind, tomb.id()), tomb.deletedAt(), mine);
                }
                try {
                    Sql.update(c, "DELETE FROM " + kind.table() + " WHERE id = ?", tomb.id());
                    deleted++;
                } catch (SQLException e) {
                    if (!"23503".equals(e.getSQLState())) {
                        throw e;
                    }
                    keptInUse.add(kind.name() + " " + RowJson.label(c, kind, localRow(kind, tomb.id())));
                }
            }
            KindCounts was = counts.getOrDefault(kind.name(), KindCounts.NONE);
            counts.put(kind.name(), new KindCounts(was.added(), was.updated(), was.unchanged(), was.older(), was.conflicts(),
                    was.skippedDeleted(), deleted));
        }
    }

    /**
     * A deletion is final: an edit made elsewhere after the record was deleted does not bring it back (its
     * children may be gone already, and bringing it back would depend on import order). The edit is kept as a
     * conflict, once.
     */
    private void editedAfterDeletion(Kind kind, Object[] edited, Instant deleted, Instant version) throws SQLException {
        boolean known = Sql.count(c, "SELECT COUNT(*) FROM exchange_conflict WHERE entity = ? AND record_id = ? AND other_updated = ?",
                kind.name(), edited[kind.idIndex()], version) > 0;
        if (!known) {
            keepConflict(kind, edited, "DELETION", deleted, version);
        }
    }

    private void keepConflict(Kind kind, Object[] other, boolean keptFromFile, Instant keptUpdated, Instant otherUpdated)
            throws SQLException {
        keepConflict(kind, other, keptFromFile ? "FILE" : "LOCAL", keptUpdated, otherUpdated);
    }

    private void keepConflict(Kind kind, Object[] other, String keptFrom, Instant keptUpdated, Instant otherUpdated)
            throws SQLException {
        UUID id = UUID.randomUUID();
        UUID recordId = (UUID) other[kind.idIndex()];
        String label = RowJson.label(c, kind, other);
        if (label.length() > 300) {
            label = label.substring(0, 299) + "…";
        }
        Sql.update(c, "INSERT INTO exchange_conflict (id, entity, record_id, kept_from, label, other_version, other_updated,"
                + " kept_updated, file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, kind.name(), recordId,
                keptFrom, label, RowJson.write(kind, other), otherUpdated, keptUpdated, data.fileName(), now);
        conflicts.add(new Conflict(id, kind.name(), recordId, label, Conflict.Kept.valueOf(keptFrom), keptUpdated, otherUpdated,
                data.fileName(), now));
    }

    Object[] localRow(Kind kind, UUID id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + kind.columnList() + " FROM " + kind.table() + " WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Object[] values = new Object[kind.columns().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = kind.columns().get(i).type().read(row, i + 1);
                }
                return values;
            }
        }
    }

    /** Our version of every record of the kind, and the version last exchanged (where there was one). */
    private static void versions(Connection c, Kind kind, Map<UUID, Instant> local, Map<UUID, Instant> bases) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id, updated_at, exchanged_at FROM " + kind.table());
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                UUID id = row.getObject(1, UUID.class);
                local.put(id, row.getObject(2, java.time.OffsetDateTime.class).toInstant());
                java.time.OffsetDateTime base = row.getObject(3, java.time.OffsetDateTime.class);
                if (base != null) {
                    bases.put(id, base.toInstant());
                }
            }
        }
    }

    /** Inserts a record as received: its exchanged version is the one it arrives with. */
    static String insertSql(Kind kind) {
        String marks = String.join(", ", Collections.nCopies(kind.columns().size(), "?"));
        return "INSERT INTO " + kind.table() + " (" + kind.columnList() + ", exchanged_at) VALUES (" + marks + ", ?)";
    }

    static String updateSql(Kind kind) {
        List<String> sets = kind.columns().stream().filter(col -> !col.name().equals("id")).map(col -> col.name() + " = ?").toList();
        return "UPDATE " + kind.table() + " SET " + String.join(", ", sets) + ", exchanged_at = ? WHERE id = ?";
    }

    /** Binds a record's columns (without the id for an update); returns the next parameter index. */
    static int bindRow(PreparedStatement statement, Kind kind, Object[] row, boolean update) throws SQLException {
        int index = 1;
        for (int i = 0; i < row.length; i++) {
            if (!update || i != kind.idIndex()) {
                kind.columns().get(i).type().bind(statement, index++, row[i]);
            }
        }
        return index;
    }

    /** A prepared statement that sends its rows to the database a thousand at a time. */
    private static final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;

        Batch(Connection c, String sql) throws SQLException {
            statement = c.prepareStatement(sql);
        }

        /** All columns in order (for an update all but the id), the version as exchanged, then for an update the id. */
        void add(Kind kind, Object[] row, UUID updateId) throws SQLException {
            int index = bindRow(statement, kind, row, updateId != null);
            ValueType.INSTANT.bind(statement, index++, row[kind.updatedIndex()]);
            if (updateId != null) {
                statement.setObject(index, updateId);
            }
            next();
        }

        /** For "UPDATE … SET exchanged_at = ? WHERE id = ?". */
        void add(UUID id, Instant version) throws SQLException {
            ValueType.INSTANT.bind(statement, 1, version);
            statement.setObject(2, id);
            next();
        }

        private void next() throws SQLException {
            statement.addBatch();
            if (++pending == 1000) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (pending > 0) {
                    statement.executeBatch();
                }
            } finally {
                statement.close();
            }
        }
    }
}
