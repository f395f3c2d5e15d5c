package nl.werkbank.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an existing folder without encryption into an encrypted one, on request. Safe at every step: a verified
 * backup first; the encrypted copy is built beside the database and counted; the key file is on disk before the copy
 * is renamed over the old file (so an encrypted database never exists without its key); only then are the backups
 * without encryption removed, after a new encrypted one has been made.
 */
public final class Encryption {

    private static final Logger LOG = LoggerFactory.getLogger(Encryption.class);

    /** What the conversion did: the herstelsleutel to show once, and how many old backups were removed. */
    public record Result(String recoveryKey, int plainBackupsRemoved) {
    }

    private Encryption() {
    }

    /** Encrypts the (closed) database in {@code dataDirectory} under a new data key guarded by {@code passphrase}. */
    public static Result encrypt(Path dataDirectory, char[] passphrase) {
        return encrypt(dataDirectory, passphrase, KeyFile.PASSPHRASE_ITERATIONS);
    }

    static Result encrypt(Path dataDirectory, char[] passphrase, int iterations) {
        if (FolderState.of(dataDirectory) != FolderState.PLAIN) {
            throw new StorageException(FolderState.of(dataDirectory) == FolderState.ENCRYPTED
                    ? "error.encrypt.already" : "error.encrypt.nothing", null, dataDirectory.toString());
        }
        Passphrases.requireAcceptable(passphrase);
        Map<String, Long> counts;
        try (Database plain = Database.open(dataDirectory)) {
            counts = new Backups(plain, java.time.Clock.systemDefaultZone()).create(BackupReason.MANUAL).counts();
        }
        Path work = dataDirectory.resolve(".restore-encrypt-" + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        Path file = dataDirectory.resolve(Database.FILE_NAME + ".mv.db");
        try {
            Files.createDirectories(work);
            Path copy = work.resolve(Database.FILE_NAME + ".mv.db");
            Files.copy(file, copy);
            KeyFile.Created created = KeyFile.create(dataDirectory, passphrase, iterations);
            ChangeFileEncryption.execute(work.toString(), Database.FILE_NAME, "AES", null,
                    created.key().filePassword().toCharArray(), true);
            Map<String, Long> found = Database.readCopy(work.resolve(Database.FILE_NAME), created.key(), DataTables::counts);
            if (!found.equals(counts)) {
                throw new IOException("The encrypted copy holds " + found + " instead of " + counts);
            }
            Compaction.sync(copy);
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Compaction.syncDirectory(dataDirectory);
            LOG.info("Encrypted the database in {}", dataDirectory);
            return new Result(created.recoveryKey(), replacePlainBackups(dataDirectory, created.key()));
        } catch (IOException | SQLException e) {
            throw new StorageException(StorageFailures.key(e, "error.encrypt.failed"), e, dataDirectory.toString());
        } finally {
            Cleanup.delete(work);
        }
    }

    /** A new encrypted backup, then the backups that still hold the data readable are removed. */
    private static int replacePlainBackups(Path dataDirectory, FileKey key) {
        try (Database encrypted = Database.open(dataDirectory, key)) {
            new Backups(encrypted, java.time.Clock.systemDefaultZone()).create(BackupReason.MANUAL);
        }
        int removed = 0;
        for (Backup backup : Backups.listIn(dataDirectory)) {
            if (!isEncrypted(backup.file())) {
                Cleanup.delete(backup.file());
                removed++;
            }
        }
        return removed;
    }

    /** True when the database inside a backup zip is encrypted. */
    static boolean isEncrypted(Path backupZip) {
        try (ZipFile zip = new ZipFile(backupZip.toFile());
             InputStream in = zip.getInputStream(zip.getEntry(BackupFiles.DATABASE_ENTRY))) {
            return DatabaseFiles.startsEncrypted(in);
        } catch (IOException | NullPointerException e) {
            return false;
        }
    }
}
