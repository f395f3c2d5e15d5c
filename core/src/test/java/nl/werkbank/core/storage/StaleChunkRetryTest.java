package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.testing.TestWerkbank;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2's "Chunk N not found" (h2database#4383) before a commit: the transaction is rolled back and run again, so
 * the user's save succeeds once, not twice and not with "niet gelukt". Other failures are not retried.
 */
class StaleChunkRetryTest {

    @TempDir
    Path folder;

    @Test
    void aStaleChunkBeforeTheCommitRunsTheTransactionOnceMore() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            AtomicInteger runs = new AtomicInteger();
            werkbank.database().transaction(c -> {
                Sql.update(c, "INSERT INTO venue (id, name, created_at, updated_at) VALUES (RANDOM_UUID(), 'Buurthuis De Pit',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                if (runs.incrementAndGet() == 1) {
                    throw staleChunk();
                }
                return null;
            });
            assertThat(runs).hasValue(2);
            long venues = werkbank.database().transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM venue WHERE name = 'Buurthuis De Pit'"));
            assertThat(venues).as("the first run was rolled back").isEqualTo(1L);

            // Right after opening a file with much unused space, H2's compaction can move chunks for a while.
            AtomicInteger again = new AtomicInteger();
            werkbank.database().transaction(c -> {
                Sql.update(c, "INSERT INTO venue (id, name, created_at, updated_at) VALUES (RANDOM_UUID(), 'Wijkcentrum Noord',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                if (again.incrementAndGet() < StaleChunk.ATTEMPTS) {
                    throw staleChunk();
                }
                return null;
            });
            assertThat(again).hasValue(StaleChunk.ATTEMPTS);
            long noord = werkbank.database().transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM venue WHERE name = 'Wijkcentrum Noord'"));
            assertThat(noord).isEqualTo(1L);
            AtomicInteger always = new AtomicInteger();
            assertThatThrownBy(() -> werkbank.database().transaction(c -> {
                always.incrementAndGet();
                throw staleChunk();
            })).isInstanceOf(StorageException.class);
            assertThat(always).as("not for ever").hasValue(StaleChunk.ATTEMPTS);

            AtomicInteger other = new AtomicInteger();
            assertThatThrownBy(() -> werkbank.database().transaction(c -> {
                other.incrementAndGet();
                throw new SQLException("Disk full", "HY000", 50000);
            })).isInstanceOf(StorageException.class);
            assertThat(other).as("other failures are said, not retried").hasValue(1);
        }
    }

    private static SQLException staleChunk() {
        return new SQLException("General error", "HY000", 50000,
                DataUtils.newMVStoreException(DataUtils.ERROR_CHUNK_NOT_FOUND, "Chunk {0} not found", 123));
    }
}
