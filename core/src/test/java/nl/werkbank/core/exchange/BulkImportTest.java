package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.CancelledException;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole Werkplaats into an empty database goes into a new file without secondary indexes, swapped in after: it must
 * store exactly what the ordinary import stores, record for record, and a stopped load must change nothing.
 */
class BulkImportTest {

    /**
     * Not compared: this laptop's own rows (its identity, its log with fresh ids) and what each new database is seeded
     * with, with ids and times of its own (the question library, the default settings).
     */
    private static final List<String> OWN = List.of("INSTALLATION", "EXCHANGE_LOG", "LOCAL_SECRET", "CHECKIN_QUESTION",
            "HOUR_SETTING", "PREPARATION_DEFAULT");

    @TempDir
    Path folder;

    @Test
    void aNewFileHoldsExactlyWhatTheOrdinaryImportWrites() throws Exception {
        Path file = export();
        Map<String, List<String>> bulk;
        Map<String, List<String>> ordinary;
        ImportResult bulkResult;
        ImportResult ordinaryResult;
        try (Werkbank target = TestWerkbank.open(folder.resolve("bulk"))) {
            target.exchange().bulkLoadFrom(1);
            Object before = fileKey(folder.resolve("bulk"));
            bulkResult = target.exchange().apply(target.exchange().read(file));
            // Another file now: the loaded copy was renamed into place.
            assertThat(fileKey(folder.resolve("bulk"))).isNotEqualTo(before);
            assertThat(folder.resolve("bulk").resolve(".bulk-load")).doesNotExist();
            // The swapped-in file takes the next save as any other.
            target.organizations().create("Wijkteam Noord", OrganizationType.MUNICIPALITY, null, false);
            bulk = contents(target);
        }
        try (Werkbank target = TestWerkbank.open(folder.resolve("ordinary"))) {
            target.exchange().bulkLoadFrom(Integer.MAX_VALUE);
            Object before = fileKey(folder.resolve("ordinary"));
            ordinaryResult = target.exchange().apply(target.exchange().read(file));
            assertThat(fileKey(folder.resolve("ordinary"))).isEqualTo(before);
            target.organizations().create("Wijkteam Noord", OrganizationType.MUNICIPALITY, null, false);
            ordinary = contents(target);
        }
        assertThat(bulkResult.counts()).isEqualTo(ordinaryResult.counts());
        assertThat(bulkResult.total(KindCounts::added)).isGreaterThan(3_000);
        assertThat(bulk.keySet()).isEqualTo(ordinary.keySet());
        ordinary.forEach((table, rows) -> {
            if (!table.equals("ORGANIZATION")) {
                assertThat(bulk.get(table)).as(table).isEqualTo(rows);
            }
        });
        // Opened again: the import is there, and the file is whole.
        try (Werkbank reopened = TestWerkbank.open(folder.resolve("bulk"))) {
            assertThat(reopened.info().recordCounts().get("attendance")).isEqualTo((long) ordinary.get("ATTENDANCE").size());
            assertThat(reopened.check()).isEmpty();
        }
    }

    /** An encrypted folder stays encrypted: the copy is made, loaded and compacted with the same key. */
    @Test
    void anEncryptedDatabaseIsLoadedIntoAnEncryptedFile() throws Exception {
        Path file = export();
        Path data = folder.resolve("versleuteld");
        nl.werkbank.core.storage.FileKey key = nl.werkbank.core.storage.KeyFile.create(data, "lange wachtzin voor de test".toCharArray()).key();
        try (Werkbank target = Werkbank.open(data, key, java.time.Clock.fixed(TestWerkbank.NOW, java.time.ZoneId.of("Europe/Amsterdam")))) {
            target.exchange().bulkLoadFrom(1);
            ImportResult result = target.exchange().apply(target.exchange().read(file));
            assertThat(result.total(KindCounts::added)).isGreaterThan(3_000);
            assertThat(target.database().encrypted()).isTrue();
        }
        assertThat(new String(Files.readAllBytes(data.resolve("werkbank.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("H2encrypt").doesNotContain("Armoede en schulden");
        try (Werkbank reopened = Werkbank.open(data, key)) {
            assertThat(reopened.info().recordCounts().get("attendance")).isPositive();
            assertThat(reopened.check()).isEmpty();
        }
    }

    @Test
    void aStoppedLoadChangesNothing() throws Exception {
        Path file = export();
        try (Werkbank target = TestWerkbank.open(folder.resolve("stopped"))) {
            target.exchange().bulkLoadFrom(1);
            Map<String, Long> before = target.info().recordCounts();
            ExchangeData data = target.exchange().read(file);
            Progress stopHalfWay = new Progress() {
                private long seen;

                @Override
                public void update(long done, long total) {
                    seen = done;
                }

                @Override
                public boolean cancelled() {
                    return seen > 1_000;
                }
            };
            assertThatThrownBy(() -> target.exchange().apply(data, stopHalfWay)).isInstanceOf(CancelledException.class);
            assertThat(target.info().recordCounts()).isEqualTo(before);
            assertThat(folder.resolve("stopped").resolve(".bulk-load")).doesNotExist();
            target.organizations().create("Wijkteam Noord", OrganizationType.MUNICIPALITY, null, false);
            assertThat(target.info().recordCounts().get("organization")).isEqualTo(1L);
        }
    }

    /** The file system's identity of the database file (its inode): a renamed-in file has another. */
    private static Object fileKey(Path dataFolder) throws java.io.IOException {
        return Files.readAttributes(dataFolder.resolve("werkbank.mv.db"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private Path export() {
        Path file = folder.resolve("alles.json");
        if (!Files.exists(file)) {
            try (Werkbank origin = TestWerkbank.open(folder.resolve("origin"))) {
                DemoWerkplaats.load(origin, false);
                origin.exchange().export(file, ExportOptions.everything());
            }
        }
        return file;
    }

    /** Every row of every table but the laptop's own, as text, in a fixed order. */
    private static Map<String, List<String>> contents(Werkbank werkbank) {
        return werkbank.database().transaction(c -> {
            Map<String, List<String>> tables = new TreeMap<>();
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                if (OWN.contains(table)) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
            return tables;
        });
    }
}
