package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The folders Werkbank wrote files to lately, kept in the data folder ({@code export-folders.txt}), so that the
 * temporary files an interrupted export left there ({@code .werkbank-*.tmp}) are removed at the next start.
 */
final class ExportFolders {

    static final String FILE = "export-folders.txt";
    private static final int KEEP = 20;
    private static volatile Path list;

    private ExportFolders() {
    }

    /** Uses the list of this data folder, and cleans up what the last run left. */
    static synchronized void open(Path dataDirectory) {
        list = dataDirectory.resolve(FILE);
        for (Path folder : read()) {
            AtomicFiles.removeLeftovers(folder);
            AtomicFolder.removeLeftovers(folder);
        }
    }

    static synchronized void remember(Path folder) {
        // The list belongs to the data folder opened last; one that has gone since (a test's) notes nothing.
        if (list == null || !Files.isDirectory(list.getParent()) || folder.startsWith(list.getParent())
                || folder.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
            return;
        }
        LinkedHashSet<Path> folders = new LinkedHashSet<>();
        folders.add(folder.toAbsolutePath().normalize());
        folders.addAll(read());
        List<String> lines = folders.stream().limit(KEEP).map(Path::toString).toList();
        try {
            Files.write(list, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LoggerFactory.getLogger(ExportFolders.class).warn("Could not note the export folder {}", folder, e);
        }
    }

    private static List<Path> read() {
        if (list == null || !Files.isRegularFile(list)) {
            return List.of();
        }
        try {
            List<Path> folders = new ArrayList<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    folders.add(Path.of(line.strip()));
                }
            }
            return folders;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
