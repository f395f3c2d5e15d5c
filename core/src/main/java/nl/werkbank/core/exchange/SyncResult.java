package nl.werkbank.core.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one sync did: what it received (merged as a file would be; null when the server had nothing new), how many
 * records and deletions it sent, how many the account may not send (another team's, money for a facilitator), how many
 * versions got the server's time because this laptop's clock was off, and how far off it was.
 */
public record SyncResult(ImportResult received, int sent, int notPermitted, int restamped, Duration clockOffset,
                         long serverSeq, Instant at) {

    public List<Conflict> conflicts() {
        return received == null ? List.of() : received.conflicts();
    }

    public long receivedCount() {
        return received == null ? 0 : received.total(KindCounts::written);
    }
}
