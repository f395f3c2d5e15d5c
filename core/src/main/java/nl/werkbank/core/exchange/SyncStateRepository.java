package nl.werkbank.core.exchange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * SQL for this laptop's side of the server sync: the server and account it syncs with, where it is in the server's
 * change sequence, what waits to be sent (records whose version differs from the one last exchanged, deletions the
 * server does not have yet) and marking what was sent. Each call joins the caller's transaction.
 */
final class SyncStateRepository {

    private static final String PASSWORD = "server-password";
    private static final String WAITING = "(exchanged_at IS NULL OR exchanged_at <> updated_at)";
    /** A private round that was never exchanged stays here; one that was is sent emptied (see {@link #outgoing}). */
    private static final String NOT_ONLY_HERE = "(private = FALSE OR exchanged_at IS NOT NULL)";

    private final Database db;

    SyncStateRepository(Database db) {
        this.db = db;
    }

    Optional<SyncState> state() {
        return db.transaction(c -> Sql.one(c, "SELECT server_url, login, pulled_seq, last_sync_at, clock_offset_ms, scan_from,"
                + " full_scan_at FROM sync_state",
                row -> new SyncState(row.getString("server_url"), row.getString("login"), row.getLong("pulled_seq"),
                        Sql.instant(row, "last_sync_at"), (Long) row.getObject("clock_offset_ms", Long.class),
                        Sql.instant(row, "scan_from"), Sql.instant(row, "full_scan_at"))));
    }

    /**
     * Stores the server and account; another server than before starts its sequence from the beginning, and what this
     * laptop holds is sent to it again (every record counts as not yet exchanged with it).
     */
    void connect(String url, String login, char[] password, Instant now) {
        db.transaction(c -> {
            Optional<SyncState> was = state();
            if (was.isPresent() && was.get().serverUrl().equals(url)) {
                Sql.update(c, "UPDATE sync_state SET login = ? WHERE id = 1", login);
            } else {
                Sql.update(c, "DELETE FROM sync_state");
                Sql.update(c, "INSERT INTO sync_state (id, server_url, login, pulled_seq) VALUES (1, ?, ?, 0)", url, login);
                if (was.isPresent()) {
                    Sql.update(c, "UPDATE tombstone SET synced = FALSE");
                }
            }
            Sql.update(c, "DELETE FROM local_secret WHERE name = ?", PASSWORD);
            Sql.update(c, "INSERT INTO local_secret (name, secret, updated_at) VALUES (?, ?, ?)", PASSWORD, new String(password),
                    now.atOffset(ZoneOffset.UTC));
            return null;
        });
    }

    /** The account's password, kept in the database like the uitwisselwachtwoord (encrypted with it at rest). */
    Optional<char[]> password() {
        return db.transaction(c -> Sql.one(c, "SELECT secret FROM local_secret WHERE name = ?",
                row -> row.getString("secret").toCharArray(), PASSWORD));
    }

    void disconnect() {
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM sync_state");
            return Sql.update(c, "DELETE FROM local_secret WHERE name = ?", PASSWORD);
        });
    }

    /** Where this laptop is in the server's sequence, saved in the transaction of the merge that took it there. */
    void pulled(long seq) {
        db.transaction(c -> Sql.update(c, "UPDATE sync_state SET pulled_seq = ? WHERE id = 1", seq));
    }

    /** After a push: where the server is, when, how far the clock was off, and where the next one looks from. */
    void synced(long seq, Instant at, long clockOffsetMillis, Instant scanFrom, Instant fullScanAt) {
        db.transaction(c -> Sql.update(c, "UPDATE sync_state SET pulled_seq = ?, last_sync_at = ?, clock_offset_ms = ?,"
                + " scan_from = ?, full_scan_at = ? WHERE id = 1", seq, at, clockOffsetMillis, scanFrom, fullScanAt));
    }

    /**
     * Where the next push looks for what waits: from {@code from} on, as if whole tables were read at {@code fullScanAt};
     * both null: in whole tables (after records were marked as waiting with an older version).
     */
    void scanFrom(Instant from, Instant fullScanAt) {
        db.transaction(c -> Sql.update(c, "UPDATE sync_state SET scan_from = ?, full_scan_at = ? WHERE id = 1", from, fullScanAt));
    }

    /**
     * Records and deletions waiting to be sent. A private round never leaves with its content: one never exchanged is
     * not sent at all; one shared before and made private since is sent without its texts and score, so the copies
     * elsewhere lose them too.
     */
    Outgoing outgoing(Map<String, Kind> kinds, Instant from) {
        return db.transaction(c -> {
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            Map<UUID, Instant> bases = new HashMap<>();
            for (Kind kind : kinds.values()) {
                String sql = "SELECT " + kind.columnList() + ", exchanged_at FROM " + kind.table() + where(kind, from);
                List<Object[]> ofKind = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement(sql)) {
                    if (from != null) {
                        KindRepository.bind(select, 1, from);
                    }
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            Object[] values = KindRepository.readRow(row, kind);
                            Instant base = Sql.instant(row, "exchanged_at");
                            if (base != null) {
                                bases.put((UUID) values[kind.idIndex()], base);
                            }
                            ofKind.add(kind.index("private") >= 0 && Boolean.TRUE.equals(values[kind.index("private")])
                                    ? withoutContent(kind, values) : values);
                        }
                    }
                }
                if (!ofKind.isEmpty()) {
                    rows.put(kind.name(), ofKind);
                }
            }
            List<Tombstone> tombstones = Sql.list(c, "SELECT entity, id, deleted_at FROM tombstone WHERE NOT synced ORDER BY entity, id",
                    row -> new Tombstone(row.getString("entity"), Sql.uuid(row, "id"), Sql.instant(row, "deleted_at")));
            return new Outgoing(rows, bases, tombstones);
        });
    }

    /**
     * The server has these versions (maybe with the time the server gave them): each is the version last exchanged,
     * unless the record was changed again meanwhile, which then waits for the next sync.
     */
    void sent(Kind kind, List<Sent> sent) {
        db.transaction(c -> {
            // Most versions go as they are: then only exchanged_at changes, and the updated_at index is left alone.
            try (PreparedStatement restamp = c.prepareStatement("UPDATE " + kind.table()
                    + " SET updated_at = ?, exchanged_at = ? WHERE id = ? AND updated_at = ?");
                 PreparedStatement mark = c.prepareStatement("UPDATE " + kind.table()
                    + " SET exchanged_at = ? WHERE id = ? AND updated_at = ?")) {
                int[] pending = new int[2];
                for (Sent one : sent) {
                    if (one.stored().equals(one.version())) {
                        KindRepository.bind(mark, 1, one.stored());
                        mark.setObject(2, one.id());
                        KindRepository.bind(mark, 3, one.version());
                        mark.addBatch();
                        pending[0]++;
                    } else {
                        KindRepository.bind(restamp, 1, one.stored());
                        KindRepository.bind(restamp, 2, one.stored());
                        restamp.setObject(3, one.id());
                        KindRepository.bind(restamp, 4, one.version());
                        restamp.addBatch();
                        pending[1]++;
                    }
                }
                if (pending[0] > 0) {
                    mark.executeBatch();
                }
                if (pending[1] > 0) {
                    restamp.executeBatch();
                }
            }
            return null;
        });
    }

    record Sent(UUID id, Instant version, Instant stored) {
    }

    /**
     * After the first pull from a server: every record here that the server does not hold in this version waits to be
     * sent, also what came in by exchange files (those count as exchanged with a laptop, not with this server).
     */
    void notOnServer(Kind kind, Map<UUID, Instant> onServer) {
        db.transaction(c -> {
            List<UUID> missing = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, updated_at FROM " + kind.table()
                    + " WHERE exchanged_at IS NOT NULL AND exchanged_at = updated_at"); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    if (!Sql.instant(row, "updated_at").equals(onServer.get(id))) {
                        missing.add(id);
                    }
                }
            }
            try (PreparedStatement mark = c.prepareStatement("UPDATE " + kind.table() + " SET exchanged_at = NULL WHERE id = ?")) {
                for (UUID id : missing) {
                    mark.setObject(1, id);
                    mark.addBatch();
                }
                mark.executeBatch();
            }
            return null;
        });
    }

    /** How many records and deletions wait to be sent (for the status bar), looked for from {@code from} on. */
    long waiting(Map<String, Kind> kinds, Instant from) {
        return db.transaction(c -> {
            long count = Sql.count(c, "SELECT COUNT(*) FROM tombstone WHERE NOT synced");
            for (Kind kind : kinds.values()) {
                count += from == null ? Sql.count(c, "SELECT COUNT(*) FROM " + kind.table() + where(kind, null))
                        : Sql.count(c, "SELECT COUNT(*) FROM " + kind.table() + where(kind, from), from);
            }
            return count;
        });
    }

    /** Waiting records of a kind; from a version on by its index, or (null) in the whole table. */
    private static String where(Kind kind, Instant from) {
        return " WHERE " + (from == null ? "" : "updated_at >= ? AND ") + WAITING
                + (kind.index("private") >= 0 ? " AND " + NOT_ONLY_HERE : "");
    }

    /** Deletions the server has: sent, or received from it. */
    void tombstonesSynced(List<Tombstone> tombstones) {
        db.transaction(c -> {
            try (PreparedStatement mark = c.prepareStatement("UPDATE tombstone SET synced = TRUE WHERE entity = ? AND id = ?")) {
                for (Tombstone tombstone : tombstones) {
                    mark.setString(1, tombstone.entity());
                    mark.setObject(2, tombstone.id());
                    mark.addBatch();
                }
                mark.executeBatch();
            }
            return null;
        });
    }

    /** A private round as it leaves: the texts and score (every optional text or number) left empty. */
    private static Object[] withoutContent(Kind kind, Object[] values) {
        Object[] emptied = values.clone();
        for (int i = 0; i < emptied.length; i++) {
            Column column = kind.columns().get(i);
            if (!column.required() && column.references() == null
                    && (column.type() == ValueType.TEXT || column.type() == ValueType.INTEGER)) {
                emptied[i] = null;
            }
        }
        return emptied;
    }

    /** What waits to be sent: rows per kind in column order, their versions last exchanged, and deletions. */
    record Outgoing(Map<String, List<Object[]>> rows, Map<UUID, Instant> bases, List<Tombstone> tombstones) {
        boolean isEmpty() {
            return rows.isEmpty() && tombstones.isEmpty();
        }

        int count() {
            return rows.values().stream().mapToInt(List::size).sum() + tombstones.size();
        }
    }
}
