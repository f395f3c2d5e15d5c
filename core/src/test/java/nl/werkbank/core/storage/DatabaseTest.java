package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void schemaVersionConstantIsTheNewestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
        }
    }

    @Test
    void createsSchemaOnFirstOpenAndKeepsDataAcrossReopen() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            assertThat(werkbank.info().schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(werkbank.isEmpty()).isTrue();
            werkbank.organizations().create("DOCK", OrganizationType.WELFARE_CARE, null, false);
        }
        assertThat(folder.resolve("werkbank.mv.db")).exists();
        try (Werkbank reopened = TestWerkbank.open(folder)) {
            DatabaseInfo info = reopened.info();
            assertThat(info.recordCounts()).containsEntry("organization", 1L).containsEntry("person", 0L);
            assertThat(info.installationId()).isNotNull();
            assertThat(info.dataDirectory()).isEqualTo(folder);
        }
    }

    /**
     * A big import in one transaction left a file ten times the size of its data (H2 2.5). The rewrite is built
     * beside the old file and swapped in; what it rewrites must hold the same records.
     */
    @Test
    void fileIsRewrittenBesideTheOldOneAndKeepsEveryRecord() throws Exception {
        Path file = folder.resolve("werkbank.mv.db");
        try (Database db = Database.open(folder)) {
            leaveUnusedSpace(db);
        }
        long before = Files.size(file);
        long kept;
        try (Database reopened = Database.open(folder)) {
            kept = reopened.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM filler"));
            reopened.compactOnClose();
        }
        assertThat(Files.size(file)).isLessThanOrEqualTo(before);
        assertThat(folder.resolve(Compaction.WORK_NAME + ".mv.db")).doesNotExist();
        try (Database again = Database.open(folder)) {
            assertThat(again.<Long>transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM installation"))).isEqualTo(1L);
            assertThat(again.<Long>transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM filler"))).isEqualTo(kept).isPositive();
        }
    }

    /**
     * Compacting while open (after a big import): saves made on other threads meanwhile wait for it and are kept, and
     * the database works on afterwards without being opened again.
     */
    @Test
    void compactingWhileOpenKeepsTheSavesMadeBesideIt() throws Exception {
        Path file = folder.resolve("werkbank.mv.db");
        try (Database db = Database.open(folder)) {
            leaveUnusedSpace(db);
            long before = Files.size(file);
            java.util.concurrent.ExecutorService saver = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.List<java.util.concurrent.Future<Integer>> saves = new java.util.ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    String name = "Beside " + i;
                    saves.add(saver.submit(() -> db.transaction(c -> Sql.update(c,
                            "INSERT INTO person (id, name, created_at, updated_at) VALUES (RANDOM_UUID(), ?, NOW(), NOW())", name))));
                }
                assertThat(db.compactNow()).isTrue();
                for (var save : saves) {
                    assertThat(save.get()).isEqualTo(1);
                }
            } finally {
                saver.shutdown();
            }
            assertThat(Files.size(file)).isLessThan(before);
            db.transaction(c -> Sql.update(c, "INSERT INTO person (id, name, created_at, updated_at) VALUES (RANDOM_UUID(), 'After', NOW(), NOW())"));
        }
        try (Database again = Database.open(folder)) {
            assertThat(again.<Long>transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM person"))).isEqualTo(21L);
        }
    }

    /** A table filled and three quarters emptied again: a file with much unused space, as after a big import. */
    private static void leaveUnusedSpace(Database db) {
        db.transaction(c -> Sql.update(c, "CREATE TABLE filler (id UUID PRIMARY KEY, t VARCHAR(200))"));
        db.transaction(c -> {
            Sql.update(c, "INSERT INTO filler SELECT RANDOM_UUID(), REPEAT('x', 100) FROM SYSTEM_RANGE(1, 200000)");
            return Sql.update(c, "DELETE FROM filler WHERE MOD(RAND() * 1000, 4) < 3");
        });
    }

    /** A compaction killed halfway leaves its new file behind; the old one was never touched. */
    @Test
    void anInterruptedCompactionsFileIsRemovedAtTheNextStart() throws Exception {
        try (Database db = Database.open(folder)) {
            db.transaction(c -> Sql.update(c, "INSERT INTO person (id, name, created_at, updated_at) VALUES (RANDOM_UUID(), 'A', NOW(), NOW())"));
        }
        Path leftover = folder.resolve(Compaction.WORK_NAME + ".mv.db");
        Files.write(leftover, new byte[4096]);
        try (Database db = Database.open(folder)) {
            assertThat(leftover).doesNotExist();
            assertThat(DataTables.info(db).recordCounts()).containsEntry("person", 1L);
        }
    }

    /** demo --replace wipes and loads in one transaction: a wipe must not commit on its own (SET REFERENTIAL_INTEGRITY did). */
    @Test
    void aWipeInsideAFailedActionLeavesEverything() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            var dock = werkbank.organizations().create("DOCK", OrganizationType.WELFARE_CARE, null, false);
            werkbank.organizations().create("DOCK Zuid", OrganizationType.WELFARE_CARE, dock.id(), false);
            assertThatThrownBy(() -> werkbank.database().transaction(c -> {
                DataTables.wipe(werkbank.database());
                throw new IllegalStateException("the demo failed halfway");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(werkbank.info().recordCounts()).containsEntry("organization", 2L);
            DataTables.wipe(werkbank.database());
            assertThat(werkbank.isEmpty()).isTrue();
        }
    }

    @Test
    void aNestedTransactionJoinsTheEnclosingOne() {
        try (Database db = Database.open(folder)) {
            assertThatThrownBy(() -> db.transaction(c -> {
                db.transaction(inner -> Sql.update(inner, "INSERT INTO person (id, name, created_at, updated_at) VALUES (RANDOM_UUID(), 'B', NOW(), NOW())"));
                throw new IllegalStateException("a later step fails");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(DataTables.info(db).recordCounts()).containsEntry("person", 0L);
        }
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(folder)) {
            assertThatThrownBy(() -> db.transaction(c -> {
                Sql.update(c, "INSERT INTO person (id, name, created_at, updated_at) VALUES (RANDOM_UUID(), 'A', NOW(), NOW())");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(DataTables.info(db).recordCounts()).containsEntry("person", 0L);
        }
    }

    @Test
    void corruptDatabaseFileGivesClearError() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(1).nextBytes(garbage);
        Files.write(folder.resolve("werkbank.mv.db"), garbage);
        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.key()).isEqualTo("error.database.corrupt"));
    }

    @Test
    void databaseOpenInAnotherProgramGivesClearError() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), folder.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("open"));
            assertThat(line).as("child process opened the database").isEqualTo("open");
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.key()).isEqualTo("error.database.inUse"));

            // Opened in the background (the app's start): the same reason, for whoever asks first, and closing is quiet.
            Database background = Database.openInBackground(folder, FileKey.NONE);
            assertThatThrownBy(() -> background.opened().join()).hasCauseInstanceOf(StorageException.class);
            assertThatThrownBy(() -> background.transaction(c -> 1))
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.key()).isEqualTo("error.database.inUse"));
            background.close();
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void workGivenWhileTheDatabaseOpensInTheBackgroundWaitsForIt() {
        try (Werkbank werkbank = Werkbank.openInBackground(folder, FileKey.NONE)) {
            // No waiting here: the first call that needs the data waits for the opening.
            werkbank.organizations().create("Gemeente Zwolle", OrganizationType.MUNICIPALITY, null, false);
            assertThat(werkbank.opened()).isDone();
            assertThat(werkbank.organizations().list()).extracting(row -> row.organization().name()).containsExactly("Gemeente Zwolle");
        }
        try (Database reopened = Database.open(folder)) {
            long organizations = reopened.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM organization"));
            assertThat(organizations).isEqualTo(1L);
        }
    }

    /** H2 commits DDL at once: a start killed half-way through a migration must open next time (found by the crash test). */
    @Test
    void aMigrationKilledHalfWayRunsAgainAndOpens() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("werkbank").toAbsolutePath();
        var dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("werkbank");
        dataSource.setPassword("");
        org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("5").load().migrate();
        try (var c = dataSource.getConnection(); var statement = c.createStatement()) {
            // What V6 and V7 had done when the program was killed, before Flyway recorded them.
            statement.execute("CREATE TABLE local_secret (name VARCHAR(40) NOT NULL PRIMARY KEY, secret VARCHAR(200) NOT NULL,"
                    + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            statement.execute("ALTER TABLE person ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE");
        }
        try (Werkbank werkbank = Werkbank.open(folder)) {
            assertThat(werkbank.info().schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }
}
