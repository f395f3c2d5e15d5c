package nl.werkbank.core.imports;

import java.time.Instant;
import java.util.UUID;

/** An import carried out: from which file, into which team, how much; {@code undoneAt} once it was undone. */
public record ImportBatch(UUID id, String fileName, UUID teamId, String teamName, int meetings, int lines, Instant importedAt,
                          Instant undoneAt) {
}
