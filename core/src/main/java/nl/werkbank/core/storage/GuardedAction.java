package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A big all-or-nothing action (an import, a demo load, a restore) that does not trust the database engine alone
 * to undo it after a crash. The crash test found H2 2.4.240 keeping one row of an uncommitted 11,000-record import
 * after a kill (1 in about 70 kills): so before the transaction starts, a marker naming the backup just made is
 * written beside the database, and the transaction's end removes it. A marker found at the next start means the
 * action never finished: the backup is put back in place of the file (which is kept in {@code backups/}).
 */
public final class GuardedAction {

    static final String MARKER = "pending-action.properties";
    private static final String KEEP_SAVES_SINCE = "keepSavesSince";
    private static final Logger LOG = LoggerFactory.getLogger(GuardedAction.class);

    private GuardedAction() {
    }

    /** Runs {@code work} (one transaction) guarded by {@code before}, the backup of the state before it. */
    public static <T> T run(Database db, String what, Backup before, Supplier<T> work) {
        return run(db, what, before, false, work);
    }

    /**
     * As {@link #run}, for work that other saves may go on beside (an import): if it is interrupted, what was
     * saved meanwhile is carried over into the backup that is put back ({@link LocalEdits}).
     */
    public static <T> T runBesideSaves(Database db, String what, Backup before, Supplier<T> work) {
        return run(db, what, before, true, work);
    }

    private static <T> T run(Database db, String what, Backup before, boolean besideSaves, Supplier<T> work) {
        Path marker = mark(db, what, before, besideSaves);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            // Rolled back by the transaction itself: nothing to put back.
            Cleanup.delete(marker);
            throw e;
        }
        try {
            Files.delete(marker);
            Compaction.syncDirectory(db.directory());
        } catch (IOException e) {
            throw new StorageException(StorageFailures.key(e, "error.database.write"), e, db.directory().toString());
        }
        return result;
    }

    /** Writes (and syncs) the marker that names the backup to put back if the action does not finish. */
    static Path mark(Database db, String what, Backup before, boolean besideSaves) {
        Path marker = db.directory().resolve(MARKER);
        try {
            return AtomicFiles.write(marker, out -> {
                Properties properties = new Properties();
                properties.setProperty("action", what);
                properties.setProperty("backup", before.file().toAbsolutePath().toString());
                if (besideSaves) {
                    // A little before the backup's time stamp, so no save between backup and marker is missed.
                    properties.setProperty(KEEP_SAVES_SINCE, before.created().minusSeconds(1).toString());
                }
                properties.store(out, "Werkbank: an action that has not finished yet");
            });
        } catch (IOException e) {
            throw new StorageException(StorageFailures.key(e, "error.database.write"), e, db.directory().toString());
        }
    }

    /**
     * Before the database opens: when an action was interrupted, puts its backup back. Returns the backup that was
     * put back, so the user can be told.
     */
    static Optional<Backup> recover(Path directory, FileKey key, Clock clock) {
        Path marker = directory.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(marker)) {
            properties.load(in);
        } catch (IOException e) {
            LOG.warn("Unreadable marker {}; left alone", marker, e);
            return Optional.empty();
        }
        Path backup = Path.of(properties.getProperty("backup", ""));
        LOG.warn("'{}' was interrupted; putting back {}", properties.getProperty("action"), backup);
        try {
            Backups.Replaced replaced = Backups.replaceFile(directory, key, backup, clock, "onderbroken-");
            String since = properties.getProperty(KEEP_SAVES_SINCE);
            if (since != null && replaced.kept() != null) {
                keepSaves(directory, key, replaced.kept(), java.time.Instant.parse(since));
            }
            Backup restored = replaced.backup();
            Cleanup.delete(marker);
            Compaction.syncDirectory(directory);
            return Optional.of(restored);
        } catch (StorageException e) {
            // Without its backup the file is opened as it is; the check at start reports any damage.
            LOG.error("Could not put back {} after an interrupted action", backup, e);
            try {
                Files.move(marker, directory.resolve(MARKER + ".failed"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not set aside {}", marker, moveFailed);
            }
            return Optional.empty();
        }
    }

    /** Carries the saves made beside the interrupted action over; without them the backup alone is still sound. */
    private static void keepSaves(Path directory, FileKey key, Path interrupted, java.time.Instant since) {
        Path base = interrupted.resolveSibling(interrupted.getFileName().toString().replace(".mv.db", ""));
        Path restored = directory.resolve(Database.FILE_NAME);
        try {
            // The interrupted file is read as any copy is (Database.readCopy); the restored one is written.
            int carried = Database.readCopy(base, key, from -> {
                try (java.sql.Connection to = java.sql.DriverManager.getConnection(
                        DatabaseFiles.url(restored, key, ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE"), DatabaseFiles.USER,
                        DatabaseFiles.PASSWORD)) {
                    to.setAutoCommit(false);
                    int kept = LocalEdits.carryOver(from, to, since);
                    to.commit();
                    try (java.sql.Statement statement = to.createStatement()) {
                        statement.execute("CHECKPOINT SYNC");
                    }
                    return kept;
                }
            });
            LOG.warn("Kept {} records saved beside the interrupted action", carried);
        } catch (java.sql.SQLException e) {
            LOG.error("Could not keep the saves made beside the interrupted action (H2 error {})", e.getErrorCode(), e);
        }
    }
}
