package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups in {@code backups/} of the data folder: made before every import, demo load and restore and once a
 * day, each one opened and counted after writing and moved into place whole; rotated to 7 daily, 4 weekly
 * and 12 monthly.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");
    public static final String FOLDER = "backups";

    private final Database db;
    private final Clock clock;

    public Backups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Path folder() {
        return folder(db.directory());
    }

    static Path folder(Path dataDirectory) {
        return dataDirectory.resolve(FOLDER);
    }

    /**
     * Writes, verifies and keeps a backup of everything as it is now. A save on another thread between counting
     * and copying makes the check fail; then it is simply made again.
     */
    public Backup create(BackupReason reason) {
        for (int attempt = 1; ; attempt++) {
            try {
                return createOnce(reason);
            } catch (StorageException e) {
                if (attempt == 3 || !(e.getCause() instanceof BackupFiles.CountMismatch)) {
                    throw e;
                }
            }
        }
    }

    private Backup createOnce(BackupReason reason) {
        Path folder = folder();
        Instant now = clock.instant();
        Path raw = folder.resolve("." + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        Path check = folder.resolve(".check-" + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        Path sealed = folder.resolve(".sealed-" + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        try {
            Files.createDirectories(folder);
            String prefix = DatabaseFiles.storePrefix(db.directory().resolve(Database.FILE_NAME), db.fileKey());
            Map<String, Long> counts = db.transaction(c -> {
                Map<String, Long> before = DataTables.counts(c);
                try (var statement = c.prepareStatement("BACKUP TO ?")) {
                    // An encrypted database's pages come out of H2 decrypted: its zip is written encrypted as well.
                    statement.setString(1, prefix + (prefix.isEmpty() ? raw : sealed).toAbsolutePath());
                    statement.execute();
                }
                return before;
            });
            if (!prefix.isEmpty()) {
                EncryptedBackup.seal(prefix + sealed.toAbsolutePath(), raw, db.fileKey());
            }
            BackupFiles.extract(raw, check);
            BackupFiles.Contents found = BackupFiles.inspect(check, db.fileKey(), counts);
            Path target = AtomicFiles.write(folder.resolve(fileName(now, reason)),
                    out -> BackupFiles.writeWithManifest(raw, out, now, reason, db.schemaVersion(), counts, found.sound()));
            FolderPermissions.tighten(folder);
            LOG.info("Backup {} ({} records)", target, counts.values().stream().mapToLong(Long::longValue).sum());
            rotate(target);
            return BackupFiles.read(target);
        } catch (IOException | SQLException e) {
            throw new StorageException(StorageFailures.key(e, "error.database.backup"), e, folder.toString());
        } finally {
            Cleanup.delete(raw);
            Cleanup.delete(check);
            Cleanup.delete(sealed);
        }
    }

    private String fileName(Instant when, BackupReason reason) {
        String base = "werkbank-" + STAMP.format(when.atZone(clock.getZone())) + "-" + reason.word();
        String name = base + ".zip";
        for (int i = 2; Files.exists(folder().resolve(name)); i++) {
            name = base + "-" + i + ".zip";
        }
        return name;
    }

    /** A daily backup when the newest one is more than a day old (or there is none). */
    public Optional<Backup> ensureRecent() {
        Optional<Backup> latest = latest();
        if (latest.isPresent() && Duration.between(latest.get().created(), clock.instant()).compareTo(Duration.ofDays(1)) < 0) {
            return Optional.empty();
        }
        return Optional.of(create(BackupReason.DAILY));
    }

    /** Every readable backup, newest first. */
    public List<Backup> list() {
        return list(folder());
    }

    static List<Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList()) {
                try {
                    backups.add(BackupFiles.read(file));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Not a readable backup: {}", file, e);
                }
            }
        } catch (IOException e) {
            throw new StorageException("error.database.backup", e, folder.toString());
        }
        backups.sort(Comparator.comparing(Backup::created).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return backups;
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** The newest backup the integrity check found sound: what to offer when the database is damaged. */
    public static Optional<Backup> latestSound(Path dataDirectory) {
        return listIn(dataDirectory).stream().filter(Backup::sound).findFirst();
    }

    /** Deletes what the rotation does not keep; never the backup just written. */
    private void rotate(Path justWritten) {
        List<Backup> all = list();
        Set<Backup> keep = BackupRotation.keep(all, clock.getZone());
        for (Backup backup : all) {
            if (!keep.contains(backup) && !backup.file().equals(justWritten)) {
                Cleanup.delete(backup.file());
            }
        }
    }

    /** Removes what an interrupted backup or restore left in the backups folder. */
    public static void removeLeftovers(Path dataDirectory) {
        Cleanup.deleteIn(folder(dataDirectory), Backups::isLeftover);
        Cleanup.deleteIn(dataDirectory, Backups::isLeftover);
    }

    private static boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        boolean inBackups = file.getParent().getFileName().toString().equals(FOLDER);
        return name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX) && (inBackups || name.startsWith(".restore-"));
    }

    /**
     * Replaces all records with those of {@code backup}, in one transaction, after a backup of the current state.
     * The backup is opened (and brought to this version's schema) and counted first: a bad one changes nothing.
     */
    public Map<String, Long> restore(Path backup) {
        Path unpacked = folder().resolve(".restore-" + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        try (Database source = openCopy(backup, unpacked, db.fileKey())) {
            Map<String, Long> expected = BackupFiles.read(backup).counts();
            Backup before = create(BackupReason.BEFORE_RESTORE);
            return GuardedAction.run(db, "restore", before,
                    () -> db.transaction(target -> source.transaction(from -> TableCopy.replaceAll(from, target, expected))));
        } catch (IOException e) {
            throw new StorageException("error.backup.unreadable", e, backup.toString());
        } finally {
            Cleanup.delete(unpacked);
        }
    }

    /** Unpacks and opens a backup (bringing an older one to this version's schema); a damaged one is refused. */
    private static Database openCopy(Path backup, Path folder, FileKey key) throws IOException {
        BackupFiles.extract(backup, folder);
        try {
            return Database.openCopy(folder, key);
        } catch (StorageException e) {
            throw new StorageException("error.backup.unreadable", e, backup.toString());
        }
    }

    /**
     * Puts a backup in place of a database that cannot be opened at all: the backup is unpacked and counted beside
     * it, the damaged file is kept in {@code backups/} (beschadigd-...), and the good one renamed into place.
     */
    public static Backup restoreUnopenable(Path dataDirectory, FileKey key, Path backup, Clock clock) {
        return replaceFile(dataDirectory, key, backup, clock, "beschadigd-").backup();
    }

    /** The backup put in place, and where the file it replaced was kept (null when there was none). */
    record Replaced(Backup backup, Path kept) {
    }

    /** Puts the database file of {@code backup} in place; the file there now is kept in backups/ as PREFIX-stamp.mv.db. */
    static Replaced replaceFile(Path dataDirectory, FileKey key, Path backup, Clock clock, String keptAs) {
        Path unpacked = dataDirectory.resolve(".restore-" + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        try {
            Backup manifest = BackupFiles.read(backup);
            BackupFiles.extract(backup, unpacked);
            BackupFiles.inspect(unpacked, key, manifest.counts());
            Path file = dataDirectory.resolve(BackupFiles.DATABASE_ENTRY);
            Path kept = null;
            if (Files.exists(file)) {
                Files.createDirectories(folder(dataDirectory));
                kept = folder(dataDirectory).resolve(keptAs + STAMP.format(clock.instant().atZone(clock.getZone())) + ".mv.db");
                Files.move(file, kept);
            }
            Files.move(unpacked.resolve(BackupFiles.DATABASE_ENTRY), file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Compaction.syncDirectory(dataDirectory);
            return new Replaced(manifest, kept);
        } catch (IOException | SQLException e) {
            throw new StorageException(StorageFailures.key(e, "error.backup.unreadable"), e, backup.toString());
        } finally {
            Cleanup.delete(unpacked);
        }
    }

    /** The backups of a data folder whose database may not open (to offer the latest good one). */
    public static List<Backup> listIn(Path dataDirectory) {
        return list(folder(dataDirectory));
    }
}
