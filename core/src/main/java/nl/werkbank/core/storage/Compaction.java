package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a closed database file without its unused space, safely: the new file is built beside the old one,
 * opened and counted, synced, and only then moved over it in one atomic rename. A crash at any moment leaves
 * either the old file or the new one, never a mix (H2's in-place {@code SHUTDOWN COMPACT} did leave a mix).
 */
final class Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
    /** The file being built; a leftover is an interrupted compaction and is removed at the next start. */
    static final String WORK_NAME = Database.FILE_NAME + "-compacting";

    private Compaction() {
    }

    /** Compacts the closed database in {@code directory}; keeps the old file when anything goes wrong. */
    static void run(Path directory, FileKey key, Map<String, Long> expectedCounts) {
        Path file = directory.resolve(Database.FILE_NAME + ".mv.db");
        Path work = directory.resolve(WORK_NAME + ".mv.db");
        long started = System.nanoTime();
        try {
            removeLeftovers(directory);
            // The new file is written the way the old one was: encrypted under the same key, or not.
            String prefix = DatabaseFiles.storePrefix(directory.resolve(Database.FILE_NAME), key);
            MVStore.compact(prefix + file.toAbsolutePath(), prefix + work.toAbsolutePath(), false, null);
            Map<String, Long> counts = Database.readCopy(directory.resolve(WORK_NAME), key, DataTables::counts);
            if (!counts.equals(expectedCounts)) {
                throw new IOException("The compacted copy holds other record counts: " + counts + " instead of " + expectedCounts);
            }
            sync(work);
            moveOver(work, file);
            syncDirectory(directory);
            LOG.info("Compacted the database in {} ({} ms, now {} bytes)", directory,
                    (System.nanoTime() - started) / 1_000_000, Files.size(file));
        } catch (IOException | SQLException | RuntimeException e) {
            // Only disk space is at stake: the old file is untouched.
            LOG.warn("Could not compact the database in {}; the file keeps its unused space", directory, e);
            Cleanup.delete(work);
        }
    }

    /** Removes what an interrupted compaction left behind; the database file itself was never touched. */
    static void removeLeftovers(Path directory) {
        Cleanup.delete(directory.resolve(WORK_NAME + ".mv.db"));
        Cleanup.delete(directory.resolve(WORK_NAME + ".trace.db"));
    }

    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable (Linux, macOS); Windows cannot open a folder this way and syncs renames itself. */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Could not sync folder {}", directory, e);
        }
    }

    /** Renames {@code source} over {@code target} in one step where the file system can. */
    static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
