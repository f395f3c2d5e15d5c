package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The operating system's words, however deep H2 wraps them, become a message that says what to do. */
class StorageFailuresTest {

    @Test
    void aFullDiskIsFoundDeepInTheCauses() {
        var h2 = new SQLException("IO Exception: \"java.io.IOException: No space left on device\"", "08000", 90028,
                new IllegalStateException("write failed", new IOException("No space left on device")));
        assertThat(StorageFailures.key(new RuntimeException(h2), "error.database.write")).isEqualTo(StorageFailures.DISK_FULL);
        assertThat(StorageFailures.key(new IOException("There is not enough space on the disk"), "x")).isEqualTo(StorageFailures.DISK_FULL);
    }

    @Test
    void aFolderOrFileThatCannotBeWrittenIsReadOnly() {
        assertThat(StorageFailures.key(new AccessDeniedException("/media/stick/werkbank.mv.db"), "x")).isEqualTo(StorageFailures.READ_ONLY);
        assertThat(StorageFailures.key(new SQLException("The database is read only", "90097", 90097), "x")).isEqualTo(StorageFailures.READ_ONLY);
        assertThat(StorageFailures.key(new SQLException("IO Exception: \"Permission denied\"", "08000", 90028), "x"))
                .isEqualTo(StorageFailures.READ_ONLY);
    }

    @Test
    void otherFailuresKeepTheirOwnMessage() {
        assertThat(StorageFailures.key(new SQLException("Unique index violation", "23505", 23505), "error.database.write"))
                .isEqualTo("error.database.write");
    }
}
