package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Owner-only access on POSIX systems: the data folder and every folder in it 700, every file 600, so another
 * account on a shared laptop reads nothing (on Windows the user's AppData is private already).
 */
public final class FolderPermissions {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private FolderPermissions() {
    }

    /** Tightens {@code dataDirectory} and everything in it; a file it cannot change is logged, never fatal. */
    public static void tighten(Path dataDirectory) {
        if (!Files.isDirectory(dataDirectory)
                || Files.getFileAttributeView(dataDirectory, PosixFileAttributeView.class) == null) {
            return;
        }
        try {
            Files.walkFileTree(dataDirectory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    set(dir, FOLDER);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        set(file, FILE);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LoggerFactory.getLogger(FolderPermissions.class).warn("Could not tighten permissions in {}", dataDirectory, e);
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LoggerFactory.getLogger(FolderPermissions.class).warn("Could not make {} private", path, e);
        }
    }
}
