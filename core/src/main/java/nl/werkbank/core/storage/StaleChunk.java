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
 * run once more instead ({@link Database#transaction}, ADR 0018).
 */
final class StaleChunk {

    private static final Logger LOG = LoggerFactory.getLogger(StaleChunk.class);

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

    static void log(Throwable failure) {
        LOG.warn("H2 read a chunk its compaction had just moved (h2database#4383); the transaction was rolled back and runs once more",
                failure);
    }
}
