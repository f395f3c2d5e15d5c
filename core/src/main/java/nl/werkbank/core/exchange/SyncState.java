package nl.werkbank.core.exchange;

import java.time.Instant;

/** The server this laptop syncs with, as whom, where it is in the server's change sequence and when it last synced. */
public record SyncState(String serverUrl, String login, long pulledSeq, Instant lastSyncAt, Long clockOffsetMillis,
                        Instant scanFrom, Instant fullScanAt) {
}
