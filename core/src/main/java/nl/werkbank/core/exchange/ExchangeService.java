package nl.werkbank.core.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.storage.AtomicFiles;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.BackupReason;
import nl.werkbank.core.storage.Backups;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.GuardedAction;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.StorageException;
import nl.werkbank.core.storage.Tombstones;

/**
 * Export to and import from exchange files, the way facilitators' laptops and the coordinator's share their
 * records without a server. An import is first previewed (the same merge, rolled back), then applied in one
 * transaction: all or nothing.
 */
public final class ExchangeService {

    /** An import writing this many records leaves enough unused space in the file to give it back on closing. */
    static final int COMPACT_AFTER_RECORDS = 10_000;

    private final Database database;
    private final Clock clock;
    private final Backups backups;

    public ExchangeService(Database database, Clock clock, Backups backups) {
        this.database = database;
        this.clock = clock;
        this.backups = backups;
    }

    /** Writes the file (zipped unless it ends in .json) through a temp file, and says what personal data it holds. */
    public ExportSummary export(Path target, ExportOptions options) {
        return export(target, options, Progress.NONE);
    }

    /** As {@link #export(Path, ExportOptions)}; stopped by the user it leaves no file behind. */
    public ExportSummary export(Path target, ExportOptions options, Progress progress) {
        return database.transaction(c -> {
            Map<String, Kind> kinds = ExchangeKinds.load(c);
            ExchangeWriter writer = new ExchangeWriter(c, kinds, options);
            Map<String, Long> counts = writer.counts();
            writer.withProgress(progress, counts.values().stream().mapToLong(Long::longValue).sum());
            ExportSummary.PersonalData personal = writer.personalData();
            UUID installation = installation(c);
            Instant now = clock.instant();
            Path written;
            try {
                written = AtomicFiles.write(target, out -> {
                    try {
                        writer.write(out, ExchangeFormat.zipped(target), installation, database.schemaVersion(), now, counts, personal);
                    } catch (SQLException e) {
                        throw new IOException(e);
                    }
                });
            } catch (IOException e) {
                throw new StorageException("error.exchange.write", e, target.toString());
            }
            long tombstones = Sql.count(c, "SELECT COUNT(*) FROM tombstone");
            log(c, "EXPORT", written.getFileName().toString(), null, now, counts.values().stream().mapToLong(Long::longValue).sum()
                    + " records", options.scope().isEverything());
            return new ExportSummary(written, counts, tombstones, personal, options.includePrivate());
        });
    }

    /** The JSON Schema of the files this version writes and reads. */
    public String jsonSchema() {
        return ExchangeSchema.generate(database.transaction(ExchangeKinds::load));
    }

    /** Reads and checks a file; nothing in the database changes. A file with a password is opened with the stored one. */
    public ExchangeData read(Path file) {
        return read(file, password().orElse(null));
    }

    /** Reads and checks a file, one with an uitwisselwachtwoord opened with {@code password}. */
    public ExchangeData read(Path file, char[] password) {
        Map<String, Kind> kinds = database.transaction(ExchangeKinds::load);
        return new ExchangeReader(kinds, clock).read(file, password);
    }

    /** The uitwisselwachtwoord the Werkplaats agreed on, as stored on this laptop (never exported). */
    public java.util.Optional<char[]> password() {
        return database.transaction(c -> Sql.one(c, "SELECT secret FROM local_secret WHERE name = 'exchange-password'",
                row -> row.getString("secret").toCharArray()));
    }

    /** Stores (or, with null or empty, removes) the uitwisselwachtwoord. */
    public void setPassword(char[] password) {
        database.transaction(c -> {
            Sql.update(c, "DELETE FROM local_secret WHERE name = 'exchange-password'");
            if (password != null && password.length > 0) {
                Sql.update(c, "INSERT INTO local_secret (name, secret, updated_at) VALUES ('exchange-password', ?, ?)",
                        new String(password), clock.instant().atOffset(java.time.ZoneOffset.UTC));
            }
            return null;
        });
    }

    /** What importing would do, without doing it. */
    public ImportResult preview(ExchangeData data) {
        return preview(data, Progress.NONE);
    }

    /** As {@link #preview(ExchangeData)}, saying how far it is and stopping when asked. */
    public ImportResult preview(ExchangeData data, Progress progress) {
        return database.trial(c -> merge(c, data, false, progress));
    }

    /** Imports in one transaction, after a backup; a problem anywhere leaves the database as it was. */
    public ImportResult apply(ExchangeData data) {
        return apply(data, Progress.NONE);
    }

    /**
     * As {@link #apply(ExchangeData)}; stopped by the user ({@link nl.werkbank.core.common.CancelledException}) it
     * changes nothing. Saves made meanwhile on other threads go on and are kept, even after a crash (GuardedAction).
     */
    public ImportResult apply(ExchangeData data, Progress progress) {
        Backup before = backups.create(BackupReason.BEFORE_IMPORT);
        progress.checkCancelled();
        ImportResult result = GuardedAction.runBesideSaves(database, "import " + data.fileName(), before, () -> database.transaction(c -> {
            ImportResult merged = merge(c, data, true, progress);
            log(c, "IMPORT", data.fileName(), data.installationId(), clock.instant(), summary(merged), false);
            return merged;
        }));
        if (result.total(KindCounts::written) >= COMPACT_AFTER_RECORDS) {
            database.compactOnClose();
        }
        return result;
    }

    private ImportResult merge(Connection c, ExchangeData data, boolean applied, Progress progress) throws SQLException {
        if (data.installationId().equals(installation(c))) {
            throw new ExchangeFileException("error.exchange.ownFile", data.fileName());
        }
        try {
            return new ExchangeMerger(c, database, ExchangeKinds.load(c), data, clock.instant(), progress).merge(applied);
        } catch (SQLException e) {
            // A value the database's own rules refuse (a check or uniqueness rule): the file is wrong, not the database.
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                throw new ExchangeFileException("error.exchange.rejected", e, data.fileName(), detail);
            }
            throw e;
        }
    }

    /** Conflicts not yet looked at, newest first. */
    public List<Conflict> openConflicts() {
        return database.transaction(c -> Sql.list(c, "SELECT * FROM exchange_conflict WHERE resolved_at IS NULL"
                + " ORDER BY imported_at DESC, entity, record_id", row -> new Conflict(Sql.uuid(row, "id"), row.getString("entity"),
                Sql.uuid(row, "record_id"), row.getString("label"), Conflict.Kept.valueOf(row.getString("kept_from")),
                Sql.instant(row, "kept_updated"), Sql.instant(row, "other_updated"), row.getString("file_name"),
                Sql.instant(row, "imported_at"))));
    }

    /** Takes the other version after all: it becomes the newest version (so it travels on), the conflict is closed. */
    public void takeOther(UUID conflictId) {
        database.transaction(c -> {
            Map<String, Kind> kinds = ExchangeKinds.load(c);
            String[] conflict = Sql.one(c, "SELECT entity, other_version FROM exchange_conflict WHERE id = ?",
                    r -> new String[] {r.getString(1), r.getString(2)}, conflictId).orElseThrow();
            String entity = conflict[0];
            Kind kind = kinds.get(entity);
            Object[] row = RowJson.read(kind, conflict[1]);
            Instant now = clock.instant();
            row[kind.updatedIndex()] = now;
            boolean deleted = Sql.count(c, "SELECT COUNT(*) FROM tombstone WHERE entity = ? AND id = ?", entity, row[kind.idIndex()]) > 0;
            if (deleted) {
                // A deletion is final for that id everywhere; the edit comes back as a new record.
                row[kind.idIndex()] = UUID.randomUUID();
            }
            UUID id = (UUID) row[kind.idIndex()];
            // A local choice, not something received: the version last exchanged (maybe none) stays what it was.
            List<Instant> current = Sql.list(c, "SELECT exchanged_at FROM " + kind.table() + " WHERE id = ?",
                    r -> Sql.instant(r, "exchanged_at"), id);
            boolean exists = !current.isEmpty();
            Instant base = exists ? current.get(0) : null;
            UniqueKeys.Clash holder = UniqueKeys.holder(c, kind, row);
            if (holder != null) {
                // The version kept holds the same key (one attendance line per person per meeting): it makes way.
                Sql.update(c, "DELETE FROM " + kind.table() + " WHERE id = ?", holder.id());
                Tombstones.record(c, entity, holder.id(), now);
            }
            String sql = exists ? ExchangeMerger.updateSql(kind) : ExchangeMerger.insertSql(kind);
            try (var statement = c.prepareStatement(sql)) {
                int index = ExchangeMerger.bindRow(statement, kind, row, exists);
                ValueType.INSTANT.bind(statement, index++, base);
                if (exists) {
                    statement.setObject(index, id);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                if ("23506".equals(e.getSQLState()) || "23503".equals(e.getSQLState())) {
                    throw new ExchangeFileException("error.exchange.parentGone", entity);
                }
                throw e;
            }
            resolve(c, conflictId, now);
            return null;
        });
    }

    /** Keeps what is in the database and closes the conflict. */
    public void keep(UUID conflictId) {
        database.transaction(c -> {
            resolve(c, conflictId, clock.instant());
            return null;
        });
    }

    private static void resolve(Connection c, UUID conflictId, Instant now) throws SQLException {
        Sql.update(c, "UPDATE exchange_conflict SET resolved_at = ? WHERE id = ?", now, conflictId);
    }

    private static UUID installation(Connection c) throws SQLException {
        return Sql.one(c, "SELECT id FROM installation", row -> Sql.uuid(row, "id")).orElseThrow();
    }

    private static void log(Connection c, String direction, String file, UUID other, Instant at, String summary,
                            boolean fullExport) throws SQLException {
        Sql.update(c, "INSERT INTO exchange_log (id, direction, file_name, other_installation, happened_at, summary, full_export)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), direction, file, other, at, summary, fullExport);
    }

    private static String summary(ImportResult result) {
        return "added " + result.total(KindCounts::added) + ", updated " + result.total(KindCounts::updated) + ", deleted "
                + result.total(KindCounts::deleted) + ", conflicts " + result.conflicts().size();
    }
}
