package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: loading the demo is refused with the disk-full message, without hanging, and the database opens
 * afterwards as it was. Needs a small tmpfs, so it runs where the tests may mount one (root on Linux).
 */
class DiskFullTest {

    @TempDir
    Path folder;

    @Test
    void aFullDiskIsReportedAndNothingIsHalfWritten() throws Exception {
        Path small = Files.createDirectories(folder.resolve("klein"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=640k", "tmpfs", small.toString()), "cannot mount a small tmpfs here");
        try {
            Path data = small.resolve("data");
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (Werkbank werkbank = Werkbank.open(data)) {
                    assertThatThrownBy(() -> DemoWerkplaats.load(werkbank, false)).isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.key()).isEqualTo(StorageFailures.DISK_FULL));
                }
            });
            try (Werkbank reopened = Werkbank.open(data)) {
                assertThat(reopened.isEmpty()).isTrue();
                assertThat(reopened.check()).isEmpty();
            }
        } finally {
            run("umount", small.toString());
        }
    }

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
