package nl.werkbank.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The zip format of a backup: H2's copy of the database file plus a manifest with the verified record counts. */
final class BackupFiles {

    static final String DATABASE_ENTRY = Database.FILE_NAME + ".mv.db";
    static final String MANIFEST_ENTRY = "werkbank-backup.properties";
    private static final String COUNT = "count.";

    private BackupFiles() {
    }

    /**
     * Copies H2's zip ({@code raw}) and adds the manifest. The database entry is copied as it is, still compressed:
     * deflating a big file a second time took longer than H2's own backup.
     */
    static void writeWithManifest(Path raw, OutputStream target, Instant created, BackupReason reason, String schema,
                                  Map<String, Long> counts, boolean sound) throws IOException {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target);
        try (org.apache.commons.compress.archivers.zip.ZipFile in = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setPath(raw).get()) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                zip.addRawArchiveEntry(entry, in.getRawInputStream(entry));
            }
        }
        Properties manifest = new Properties();
        manifest.setProperty("created", created.toString());
        manifest.setProperty("reason", reason.word());
        manifest.setProperty("schema", schema);
        manifest.setProperty("sound", Boolean.toString(sound));
        counts.forEach((table, count) -> manifest.setProperty(COUNT + table, Long.toString(count)));
        zip.putArchiveEntry(new ZipArchiveEntry(MANIFEST_ENTRY));
        manifest.store(zip, "Werkbank backup");
        zip.closeArchiveEntry();
        zip.finish();
    }

    /** Reads a backup's manifest; a zip without one (written before backups were verified) gets its file date. */
    static Backup read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(DATABASE_ENTRY) == null) {
                throw new IOException("No database in " + file);
            }
            ZipEntry entry = zip.getEntry(MANIFEST_ENTRY);
            if (entry == null) {
                return new Backup(file, Files.getLastModifiedTime(file).toInstant(), BackupReason.MANUAL, Files.size(file), Map.of(),
                        true);
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith(COUNT)) {
                    counts.put(key.substring(COUNT.length()), Long.parseLong(manifest.getProperty(key)));
                }
            }
            return new Backup(file, Instant.parse(manifest.getProperty("created")),
                    BackupReason.ofWord(manifest.getProperty("reason")), Files.size(file), counts,
                    !"false".equals(manifest.getProperty("sound")));
        }
    }

    /** Unpacks the database file of a backup into {@code folder}. */
    static Path extract(Path zipFile, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(DATABASE_ENTRY);
        try (ZipFile zip = new ZipFile(zipFile.toFile()); InputStream in = zip.getInputStream(zip.getEntry(DATABASE_ENTRY))) {
            Files.copy(in, target);
        }
        return target;
    }

    /** What an unpacked copy holds: its records per kind, and whether the integrity check found nothing wrong. */
    record Contents(Map<String, Long> counts, boolean sound) {
    }

    /** The copy holds other records than were counted when it was made (or written in its manifest). */
    static final class CountMismatch extends IOException {
        CountMismatch(Map<String, Long> found, Map<String, Long> expected) {
            super("The backup holds " + found + " instead of " + expected);
        }
    }

    /**
     * Opens an unpacked copy read-only, counts and checks it: a backup must open to count. The counts must be
     * {@code expected}, unless that is empty (a backup written before manifests).
     */
    static Contents inspect(Path folder, FileKey key, Map<String, Long> expected) throws SQLException, CountMismatch {
        Contents found = Database.readCopy(folder.resolve(Database.FILE_NAME), key,
                c -> new Contents(DataTables.counts(c), IntegrityCheck.run(c).isEmpty()));
        if (!expected.isEmpty() && !found.counts().equals(expected)) {
            throw new CountMismatch(found.counts(), expected);
        }
        return found;
    }
}
