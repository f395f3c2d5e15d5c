package nl.werkbank.core.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.storage.AtomicFiles;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.BackupReason;
import nl.werkbank.core.storage.Backups;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.GuardedAction;
import nl.werkbank.core.storage.StorageException;

/**
 * Export to and import from exchange files, the way facilitators' laptops and the coordinator's share their
 * records without a server. An import is first previewed (the same merge without writing the received records,
 * rolled back), then applied in one transaction: all or nothing.
 */
public final class ExchangeService {

    /** An import writing this many records leaves enough unused space in the file to give it back right after. */
    public static final int COMPACT_AFTER_RECORDS = 10_000;
    /** From this many records, a file into a database without a Werkplaats is loaded into a new file (tests lower it). */
    private int bulkLoadFrom = COMPACT_AFTER_RECORDS;

    private final Database database;
    private final Clock clock;
    private final Backups backups;
    private final ExchangeRepository repository;
    private final KindRepository kinds;
    private final RecordRepository records;
    private final ConflictRepository conflicts;
    private volatile Map<String, Kind> loadedKinds;

    public ExchangeService(Database database, Clock clock, Backups backups) {
        this.database = database;
        this.clock = clock;
        this.backups = backups;
        this.repository = new ExchangeRepository(database);
        this.kinds = new KindRepository(database);
        this.records = new RecordRepository(database);
        this.conflicts = new ConflictRepository(database);
    }

    /** Writes the file (zipped unless it ends in .json) through a temp file, and says what personal data it holds. */
    public ExportSummary export(Path target, ExportOptions options) {
        return export(target, options, Progress.NONE);
    }

    /** As {@link #export(Path, ExportOptions)}; stopped by the user it leaves no file behind. */
    public ExportSummary export(Path target, ExportOptions options, Progress progress) {
        return database.atomically(() -> {
            ExportRepository scope = new ExportRepository(database, options);
            ExchangeWriter writer = new ExchangeWriter(kinds.load(), options, scope);
            Map<String, Long> counts = writer.counts();
            writer.withProgress(progress, counts.values().stream().mapToLong(Long::longValue).sum());
            ExportSummary.PersonalData personal = scope.personalData();
            UUID installation = repository.installation();
            Instant now = clock.instant();
            Path written;
            try {
                written = AtomicFiles.write(target, out -> writer.write(out, ExchangeFormat.zipped(target), installation,
                        database.schemaVersion(), now, counts, personal, repository.tombstones()));
            } catch (IOException e) {
                throw new StorageException("error.exchange.write", e, target.toString());
            }
            repository.log("EXPORT", written.getFileName().toString(), null, now,
                    counts.values().stream().mapToLong(Long::longValue).sum() + " records", options.scope().isEverything());
            return new ExportSummary(written, counts, repository.tombstoneCount(), personal, options.includePrivate());
        });
    }

    /** The JSON Schema of the files this version writes and reads. */
    public String jsonSchema() {
        return ExchangeSchema.generate(kinds.load());
    }

    /** Reads and checks a file; nothing in the database changes. A file with a password is opened with the stored one. */
    public ExchangeData read(Path file) {
        return read(file, password().orElse(null));
    }

    /** Reads and checks a file, one with an uitwisselwachtwoord opened with {@code password}. */
    public ExchangeData read(Path file, char[] password) {
        return new ExchangeReader(kinds.load(), clock).read(file, password);
    }

    /** The uitwisselwachtwoord the Werkplaats agreed on, as stored on this laptop (never exported). */
    public java.util.Optional<char[]> password() {
        return repository.password();
    }

    /** Stores (or, with null or empty, removes) the uitwisselwachtwoord. */
    public void setPassword(char[] password) {
        repository.setPassword(password, clock.instant());
    }

    /**
     * What importing would do, without doing it: every decision of the import, but the received records are not
     * written, so the user waits for one merge, not two. A record the database itself refuses (a rule the file
     * checks do not know) is reported by the import, which then changes nothing.
     */
    public ImportResult preview(ExchangeData data) {
        return preview(data, Progress.NONE);
    }

    /** As {@link #preview(ExchangeData)}, saying how far it is and stopping when asked. */
    public ImportResult preview(ExchangeData data, Progress progress) {
        return database.trial(c -> merge(data, false, progress));
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
        return apply(data, progress, true);
    }

    /**
     * As {@link #apply(ExchangeData, Progress)}, but when the file would remove records here it changes nothing and
     * throws {@link RemovalsNotAccepted} saying what: for the command line, which cannot ask first. One merge, where a
     * preview and then the import took two.
     */
    public ImportResult applyUnlessRemovals(ExchangeData data, Progress progress) {
        return apply(data, progress, false);
    }

    private ImportResult apply(ExchangeData data, Progress progress, boolean removalsAccepted) {
        Backup before = backups.create(BackupReason.BEFORE_IMPORT);
        progress.checkCancelled();
        refuseOwnFile(data);
        Map<String, Kind> loaded = kinds.load();
        if (data.recordCount() >= bulkLoadFrom && repository.holdsNoWerkplaats()) {
            // A whole Werkplaats into a database that holds none yet (the coordinator's first load, a new laptop): the
            // same merge, into a new file without secondary indexes that then replaces the file (Database#bulkLoad).
            // All or nothing by that one rename, so no guarded transaction; the backup before it stays.
            return database.bulkLoad(target -> importInto(target, loaded, data, progress, removalsAccepted, "IMPORT", t -> { }));
        }
        ImportResult result = GuardedAction.runBesideSaves(database, "import " + data.fileName(), before,
                () -> importInto(database, loaded, data, progress, removalsAccepted, "IMPORT", t -> { }));
        if (result.total(KindCounts::written) >= COMPACT_AFTER_RECORDS) {
            // The import is saved by now; this gives back the space its one big transaction used (Database#compactNow).
            progress.update(0, 0);
            database.compactNow();
        }
        return result;
    }

    /**
     * Records from the Werkplaats server ({@link SyncService}): the same merge as a file's, in one transaction with
     * {@code alsoInside} (where this laptop now is in the server's sequence), so both are saved or neither. A first
     * pull of a whole Werkplaats is loaded like a first file; a big one gets a backup and the crash guard first.
     */
    ImportResult receive(ExchangeData data, Progress progress, boolean removalsAccepted, Consumer<Database> alsoInside) {
        Map<String, Kind> loaded = kinds();
        if (data.recordCount() >= bulkLoadFrom && repository.holdsNoWerkplaats()) {
            return database.bulkLoad(target -> importInto(target, loaded, data, progress, removalsAccepted, "SYNC", alsoInside));
        }
        if (data.recordCount() < COMPACT_AFTER_RECORDS) {
            return importInto(database, loaded, data, progress, removalsAccepted, "SYNC", alsoInside);
        }
        Backup before = backups.create(BackupReason.BEFORE_IMPORT);
        ImportResult result = GuardedAction.runBesideSaves(database, "sync " + data.fileName(), before,
                () -> importInto(database, loaded, data, progress, removalsAccepted, "SYNC", alsoInside));
        database.compactNow();
        return result;
    }

    /** The import's one transaction in {@code target}: the merge, the refusal of removals not accepted, the log line. */
    private ImportResult importInto(Database target, Map<String, Kind> loaded, ExchangeData data, Progress progress,
                                    boolean removalsAccepted, String direction, Consumer<Database> alsoInside) {
        return target.atomically(() -> {
            ImportResult merged = merge(target, loaded, data, true, progress);
            if (!removalsAccepted && !merged.removals().isEmpty()) {
                throw new RemovalsNotAccepted(merged);
            }
            if (direction.equals("IMPORT") || merged.total(KindCounts::written) > 0 || !merged.conflicts().isEmpty()) {
                new ExchangeRepository(target).log(direction, data.fileName(), data.installationId(), clock.instant(),
                        summary(merged), false);
            }
            alsoInside.accept(target);
            return merged;
        });
    }

    /**
     * The exchanged kinds as this database's schema has them (for the server sync). Read once: the schema only changes
     * when a database is opened, and reading it costs a tenth of a second that a sync every few minutes need not pay.
     */
    Map<String, Kind> kinds() {
        Map<String, Kind> known = loadedKinds;
        if (known == null) {
            known = kinds.load();
            loadedKinds = known;
        }
        return known;
    }

    private ImportResult merge(ExchangeData data, boolean applied, Progress progress) {
        refuseOwnFile(data);
        return merge(database, kinds.load(), data, applied, progress);
    }

    private void refuseOwnFile(ExchangeData data) {
        if (data.installationId().equals(repository.installation())) {
            throw new ExchangeFileException("error.exchange.ownFile", data.fileName());
        }
    }

    /** The merge into {@code target}: the live database, or the new file of a bulk load (never the other then). */
    private ImportResult merge(Database target, Map<String, Kind> loaded, ExchangeData data, boolean applied, Progress progress) {
        try {
            return new ExchangeMerger(target, loaded, data, clock.instant(), progress).merge(applied);
        } catch (StorageException e) {
            String refused = ExchangeRepository.refusedByRules(e).orElseThrow(() -> e);
            throw new ExchangeFileException("error.exchange.rejected", e.getCause(), data.fileName(), refused);
        }
    }

    /** For tests: load into a new file from this many records on ({@code Integer.MAX_VALUE}: never). */
    void bulkLoadFrom(int records) {
        bulkLoadFrom = records;
    }

    /** Conflicts not yet looked at, newest first. */
    public List<Conflict> openConflicts() {
        return conflicts.open();
    }

    /** Takes the other version after all: it becomes the newest version (so it travels on), the conflict is closed. */
    public void takeOther(UUID conflictId) {
        database.atomically(() -> {
            Map.Entry<String, String> conflict = conflicts.otherVersion(conflictId);
            String entity = conflict.getKey();
            Kind kind = kinds.load().get(entity);
            Object[] row = RowJson.read(kind, conflict.getValue());
            Instant now = clock.instant();
            row[kind.updatedIndex()] = now;
            if (repository.tombstoned(entity, row[kind.idIndex()])) {
                // A deletion is final for that id everywhere; the edit comes back as a new record.
                row[kind.idIndex()] = UUID.randomUUID();
            }
            UUID id = (UUID) row[kind.idIndex()];
            // A local choice, not something received: the version last exchanged (maybe none) stays what it was.
            Optional<Optional<Instant>> stored = records.exchangedAt(kind, id);
            UniqueKeys.Clash holder = records.holder(kind, row);
            if (holder != null) {
                // The version kept holds the same key (one attendance line per person per meeting): it makes way.
                records.delete(kind, holder.id());
                repository.recordTombstone(entity, holder.id(), now);
            }
            records.put(kind, row, stored.isPresent(), stored.flatMap(base -> base).orElse(null));
            conflicts.resolve(conflictId, now);
            return null;
        });
    }

    /**
     * Keeps the stored version of a record that a form is about to save over, because a field the user changed had
     * been changed elsewhere (a sync, an import) since the form was filled: it becomes an open conflict, to take
     * instead if that was right. Joins the caller's transaction, which is the form's save.
     */
    public void keepBeforeFormSave(String entity, UUID id) {
        Kind kind = kinds.load().get(entity);
        if (kind == null) {
            throw new IllegalArgumentException("Not an exchanged kind: " + entity);
        }
        new ConflictKeeper(conflicts, repository, null, clock.instant()).overwrittenByForm(kind, records.row(kind, id));
    }

    /** Keeps what is in the database and closes the conflict. */
    public void keep(UUID conflictId) {
        conflicts.resolve(conflictId, clock.instant());
    }

    private static String summary(ImportResult result) {
        return "added " + result.total(KindCounts::added) + ", updated " + result.total(KindCounts::updated) + ", deleted "
                + result.total(KindCounts::deleted) + ", conflicts " + result.conflicts().size();
    }
}
