package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A read and checked exchange file: who made it and when, what it covers, its records per kind (values in the
 * kind's column order) and its deletions.
 */
public record ExchangeData(String fileName, UUID installationId, Instant exportedAt, String scopeName,
                           boolean privateRoundsIncluded, Map<String, List<Object[]>> records, List<Tombstone> tombstones) {

    public long recordCount() {
        return records.values().stream().mapToLong(List::size).sum();
    }

    public int tombstoneCount() {
        return tombstones.size();
    }
}
