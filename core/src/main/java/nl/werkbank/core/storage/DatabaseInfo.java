package nl.werkbank.core.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** What `werkbank info` prints: where the data is, which schema, how many records of each kind. */
public record DatabaseInfo(Path dataDirectory, String schemaVersion, UUID installationId, Map<String, Long> recordCounts) {

    public DatabaseInfo {
        recordCounts = Map.copyOf(recordCounts);
    }

    public long totalRecords() {
        return recordCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
