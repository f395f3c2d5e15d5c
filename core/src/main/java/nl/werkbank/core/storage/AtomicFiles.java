package nl.werkbank.core.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file completely or not at all: into a temp file beside it, then moved into place. */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Temporary files are named {@code .werkbank-NAME-RANDOM.tmp}; a crash can leave one behind. */
    public static final String TEMP_PREFIX = ".werkbank-";
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Removes temporary files an interrupted write left in {@code folder} (not in its subfolders). */
    public static void removeLeftovers(Path folder) {
        Cleanup.deleteIn(folder, file -> isLeftover(file) && Files.isRegularFile(file));
    }

    static boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
    }

    public static Path write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        ExportFolders.remember(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), TEMP_PREFIX + absolute.getFileName() + "-", TEMP_SUFFIX);
        try {
            // Buffered: a zip writer hands over its output in 512-byte pieces, one system call each otherwise.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writer.write(out);
            }
            // On the disk before the rename makes it visible: a power cut cannot leave an empty file under the real name.
            Compaction.sync(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            Compaction.syncDirectory(absolute.getParent());
            return absolute;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
