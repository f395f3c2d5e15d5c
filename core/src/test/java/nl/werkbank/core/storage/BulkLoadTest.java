package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load commits into its copy as it goes (Database#commitSoFar) and is still all or nothing: the live file
 * changes only by the rename at the end, and a load that fails after committing rows leaves it as it was.
 */
class BulkLoadTest {

    @TempDir
    Path folder;

    @Test
    void aLoadThatFailsAfterCommittingRowsChangesNothing() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            Database db = werkbank.database();
            assertThatThrownBy(() -> db.bulkLoad(copy -> copy.transaction(c -> {
                venues(c, "Buurthuis De Pit", 3);
                copy.commitSoFar();
                // Another connection sees only what is committed.
                assertThat(CompletableFuture.supplyAsync(() -> venues(copy)).join()).as("committed in the copy").isEqualTo(3L);
                venues(c, "Wijkcentrum Noord", 2);
                throw new IllegalStateException("stopped");
            }))).hasMessage("stopped");
            assertThat(venues(db)).isZero();
            assertThat(folder.resolve(BulkLoad.WORK_FOLDER)).doesNotExist();
            db.transaction(c -> venues(c, "Buurthuis Oost", 1));
            assertThat(venues(db)).isEqualTo(1L);
        }
    }

    @Test
    void aCompleteLoadKeepsWhatItCommittedAlongTheWayAndAfter() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            Database db = werkbank.database();
            db.bulkLoad(copy -> copy.transaction(c -> {
                venues(c, "Buurthuis De Pit", 3);
                copy.commitSoFar();
                return venues(c, "Wijkcentrum Noord", 2);
            }));
            assertThat(venues(db)).isEqualTo(5L);
        }
        try (Werkbank reopened = TestWerkbank.open(folder)) {
            assertThat(venues(reopened.database())).as("in the file after reopening").isEqualTo(5L);
        }
    }

    @Test
    void outsideABulkLoadNothingIsCommittedEarly() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            Database db = werkbank.database();
            assertThatThrownBy(() -> db.transaction(c -> {
                venues(c, "Buurthuis De Pit", 3);
                db.commitSoFar();
                throw new IllegalStateException("stopped");
            })).hasMessage("stopped");
            assertThat(venues(db)).isZero();
        }
    }

    private static Void venues(Connection c, String name, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            Sql.update(c, "INSERT INTO venue (id, name, created_at, updated_at) VALUES (RANDOM_UUID(), ?, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)", name + " " + i);
        }
        return null;
    }

    private static long venues(Database db) {
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM venue"));
    }
}
