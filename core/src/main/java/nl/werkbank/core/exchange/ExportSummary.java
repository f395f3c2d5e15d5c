package nl.werkbank.core.exchange;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote: records per kind, and the personal data in it (people, e-mail addresses, check-in and
 * check-out texts, per-person votes) so the user knows what the file carries before sending it.
 */
public record ExportSummary(Path file, Map<String, Long> counts, long tombstones, PersonalData personalData,
                            boolean includesPrivate) {

    public long records() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The personal data in an exchange file, counted. */
    public record PersonalData(long people, long emailAddresses, long attendanceLines, long roundTexts,
                               long privateRoundTexts, long ballots) {
    }
}
