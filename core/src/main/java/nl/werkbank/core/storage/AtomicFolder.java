package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;

/**
 * Writes a set of files (one per partner organisation) completely or not at all: into a hidden folder beside the
 * target, which is renamed into place when every file is there. A previous set in the target is replaced; a
 * folder with anything else in it is refused, so no one's other files are touched.
 */
public final class AtomicFolder {

    @FunctionalInterface
    public interface Writer {
        void write(Path folder) throws IOException;
    }

    private AtomicFolder() {
    }

    public static Path write(Path target, String allowedSuffix, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        if (Files.isDirectory(absolute) && !onlyFilesEndingIn(absolute, allowedSuffix)) {
            throw new ValidationException(Problem.of("folder", "error.folder.notASet", absolute.toString()));
        }
        ExportFolders.remember(parent);
        String hidden = AtomicFiles.TEMP_PREFIX + absolute.getFileName();
        Path building = parent.resolve(hidden + "-" + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        Path old = parent.resolve(hidden + "-old-" + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        try {
            Files.createDirectory(building);
            writer.write(building);
            if (Files.exists(absolute)) {
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
            Compaction.syncDirectory(parent);
            return absolute;
        } finally {
            Cleanup.delete(building);
            Cleanup.delete(old);
        }
    }

    private static boolean onlyFilesEndingIn(Path folder, String suffix) throws IOException {
        try (var files = Files.list(folder)) {
            return files.allMatch(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(suffix));
        }
    }

    /** Removes hidden folders an interrupted set left in {@code parent}. */
    public static void removeLeftovers(Path parent) {
        Cleanup.deleteIn(parent, entry -> AtomicFiles.isLeftover(entry) && Files.isDirectory(entry));
    }
}
