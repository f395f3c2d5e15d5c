package nl.werkbank.core.storage;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 2.4.240 can fail a query with "Chunk N not found" when its background compaction moves pages that an open
 * cursor still reads (h2database#4383, open; reproduced here by the bench: a whole-Werkplaats export after the
 * report run). Nothing on disk is wrong: the same work run again reads the new pages. Turning the background
 * compaction off avoids it but left the file ten times larger, so a transaction that meets it before its commit is
 * run again instead ({@link Database#transaction}, ADR 0018).
 */
final class StaleChunk {

    private static final Logger LOG = LoggerFactory.getLogger(StaleChunk.class);
    /** Runs in all; seen: two failures in a row, 0.6 s apart. */
    static final int ATTEMPTS = 5;
    private static final long PAUSE_MILLIS = 100;

    private StaleChunk() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_CHUNK_NOT_FOUND) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether work that failed with {@code failure} on its {@code attempt}-th run should run again: a stale chunk, up
     * to {@link #ATTEMPTS} runs, after a short pause that grows (logged). Right after opening a file with much unused
     * space, H2's compaction moves chunk after chunk for a second or two, and a whole-Werkplaats export met it twice.
     */
    static boolean retry(Throwable failure, int attempt) {
        if (attempt >= ATTEMPTS || !causes(failure)) {
            return false;
        }
        LOG.warn("H2 read a chunk its compaction had just moved (h2database#4383); the transaction was rolled back and runs"
                + " again (run {} of {})", attempt + 1, ATTEMPTS, failure);
        try {
            Thread.sleep(PAUSE_MILLIS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
