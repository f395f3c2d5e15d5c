package nl.werkbank.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.exchange.ExchangeService;
import nl.werkbank.core.exchange.ExportOptions;
import nl.werkbank.core.exchange.ImportResult;
import nl.werkbank.core.exchange.KindCounts;
import nl.werkbank.core.people.OrganizationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After importing a big file (all or nothing, in one transaction) the data folder gives the space back right away. */
class ExchangeDiskSpaceTest {

    @TempDir
    Path folder;

    @Test
    void bigImportLeavesACompactFileRightAway() throws Exception {
        Path file = folder.resolve("alles.json");
        try (Werkbank origin = open(folder.resolve("origin"))) {
            new BigWerkplaats().generate(origin.database(), new BigWerkplaats.Size(20, 300, 6, 600, 20_000, 2));
            origin.exchange().export(file, ExportOptions.everything());
        }
        Path target = folder.resolve("coordinator").resolve("werkbank.mv.db");
        long afterImport;
        try (Werkbank coordinator = open(folder.resolve("coordinator"))) {
            ImportResult result = coordinator.exchange().apply(coordinator.exchange().read(file));
            assertThat(result.total(KindCounts::added)).isGreaterThan(ExchangeService.COMPACT_AFTER_RECORDS);
            // Still open: the file was rewritten and opened again, and takes the next save as before.
            afterImport = Files.size(target);
            coordinator.organizations().create("Wijkteam Noord", OrganizationType.MUNICIPALITY, null, false);
        }
        // Compacted once more on purpose: the file after the import was already (nearly) as small as that.
        try (Werkbank reopened = open(folder.resolve("coordinator"))) {
            assertThat(reopened.info().recordCounts()).containsEntry("attendance", 20_000L).containsEntry("organization", 21L);
            reopened.database().compactOnClose();
        }
        assertThat(afterImport).isLessThanOrEqualTo(Files.size(target) * 11 / 10);
    }

    private static Werkbank open(Path folder) {
        return Werkbank.open(folder, Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Amsterdam")));
    }
}
