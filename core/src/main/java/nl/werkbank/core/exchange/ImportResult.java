package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The preview of an import, or what it did: per kind new / updated / unchanged / older / conflicting / deleted,
 * the conflicts themselves, deletions that could not be carried out because the record is still in use here, and all
 * that the deletions remove here ({@link Removals}).
 */
public record ImportResult(String fileName, UUID installationId, Instant exportedAt, String scopeName,
                           boolean privateRoundsIncluded, Map<String, KindCounts> counts, List<Conflict> conflicts,
                           List<String> keptInUse, boolean applied, Removals removals) {

    public boolean changesAnything() {
        return counts.values().stream().anyMatch(KindCounts::changes);
    }

    public int total(java.util.function.ToIntFunction<KindCounts> part) {
        return counts.values().stream().mapToInt(part).sum();
    }
}
