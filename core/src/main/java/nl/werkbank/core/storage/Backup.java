package nl.werkbank.core.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One verified backup: its zip file, when it was made and why, the records it holds per kind, and whether the
 * integrity check found it sound (a backup before an import is kept even when the data was already damaged).
 */
public record Backup(Path file, Instant created, BackupReason reason, long size, Map<String, Long> counts, boolean sound) {

    public long records() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
