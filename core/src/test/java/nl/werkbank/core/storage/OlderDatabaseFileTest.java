package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A facilitator's existing data survives an update of the embedded database engine: the demo Werkplaats as
 * written by Werkbank with H2 2.3.232 (the version before 2.5.252) opens, reads and takes new records.
 */
class OlderDatabaseFileTest {

    @TempDir
    Path folder;

    @Test
    void demoWrittenByH2Version232OpensWithTheSameNumbers() throws Exception {
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/legacy/demo-h2-2.3.232.mv.db.gz"))) {
            Files.copy(in, folder.resolve("werkbank.mv.db"));
        }
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            assertThat(werkbank.info().recordCounts()).containsEntry("organization", 27L).containsEntry("person", 60L)
                    .containsEntry("team", 3L).containsEntry("attendance", 700L);
            // The figures `werkbank report --period 2022` printed from this file before the update.
            var year = werkbank.hours().overview(Period.parse("2022"));
            assertThat(year.lines()).hasSize(250);
            assertThat(year.partnersTotal()).isEqualByComparingTo("211.25");
            assertThat(year.overig().totalHours()).isEqualByComparingTo("542.5");
            werkbank.teams().create("Werkteam Armoede en schulden", false);
        }
        try (Werkbank reopened = TestWerkbank.open(folder)) {
            assertThat(reopened.info().recordCounts()).containsEntry("team", 4L);
        }
    }
}
