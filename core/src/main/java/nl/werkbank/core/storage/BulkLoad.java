package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A big import into an empty database, written into a new file instead of the live one: a copy of the file without
 * its secondary indexes and foreign keys takes the rows, then gets them back (each foreign key checks every row as it
 * is made), is checked to have the same schema as before, compacted, and renamed over the live file in one step.
 * A crash before that rename leaves the old file and a work folder that the next start removes; after it, the new
 * file is complete. H2 stored a whole Werkplaats in about half the time this way (bench --only exchange: "H2 floor").
 */
final class BulkLoad {

    /** The work folder beside the database; a leftover is an interrupted load and is removed at the next start. */
    static final String WORK_FOLDER = ".bulk-load";

    private BulkLoad() {
    }

    /** Runs {@code load} on a copy of the closed database file in {@code directory}; returns its result and the new file. */
    static <T> Loaded<T> intoCopy(Path directory, FileKey key, Function<Database, T> load) throws IOException, SQLException {
        Path work = directory.resolve(WORK_FOLDER);
        removeLeftovers(directory);
        Files.createDirectories(work);
        Path copy = work.resolve(Database.FILE_NAME + ".mv.db");
        Files.copy(directory.resolve(Database.FILE_NAME + ".mv.db"), copy, StandardCopyOption.COPY_ATTRIBUTES);
        T result;
        java.util.Map<String, Long> counts;
        try (Database target = Database.openBulkCopy(work, key)) {
            List<String> schema = target.transaction(SecondaryIndexes::schema);
            List<String> rebuild = target.transaction(SecondaryIndexes::drop);
            result = load.apply(target);
            target.transaction(c -> SecondaryIndexes.restore(c, rebuild));
            List<String> after = target.transaction(SecondaryIndexes::schema);
            if (!sorted(after).equals(sorted(schema))) {
                throw new SQLException("The loaded file's schema differs from the database's: " + difference(schema, after));
            }
            counts = target.transaction(DataTables::counts);
        }
        Compaction.run(work, key, counts);
        Compaction.sync(copy);
        return new Loaded<>(result, copy);
    }

    record Loaded<T>(T result, Path file) {
    }

    /** Puts the loaded file in place of the database file (closed by now), in one rename. */
    static void swapIn(Path directory, Path loaded) throws IOException {
        Compaction.moveOver(loaded, directory.resolve(Database.FILE_NAME + ".mv.db"));
        Compaction.syncDirectory(directory);
    }

    static void removeLeftovers(Path directory) {
        Path work = directory.resolve(WORK_FOLDER);
        if (Files.isDirectory(work)) {
            try (var files = Files.list(work)) {
                files.forEach(Cleanup::delete);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(BulkLoad.class).warn("Could not clear {}", work, e);
            }
            Cleanup.delete(work);
        }
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        java.util.Collections.sort(copy);
        return copy;
    }

    private static String difference(List<String> before, List<String> after) {
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        return "gone " + gone + ", added " + added;
    }
}
