package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * Removing what an interrupted write left behind. Failing to remove is logged, never thrown: the work that
 * wrote the file has already succeeded or failed on its own.
 */
public final class Cleanup {

    private Cleanup() {
    }

    /** A file, or a folder with everything in it. */
    public static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(Cleanup.class).warn("Could not remove {}", path, e);
        }
    }

    /** Everything directly in {@code folder} that {@code leftover} accepts. */
    static void deleteIn(Path folder, Predicate<Path> leftover) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.filter(leftover).toList()) {
                delete(entry);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(Cleanup.class).warn("Could not clean up {}", folder, e);
        }
    }
}
