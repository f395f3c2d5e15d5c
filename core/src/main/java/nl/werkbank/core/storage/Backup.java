package nl.werkbank.core.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** One verified backup: its zip file, when it was made and why, and the records it holds per kind. */
public record Backup(Path file, Instant created, BackupReason reason, long size, Map<String, Long> counts) {

    public long records() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
