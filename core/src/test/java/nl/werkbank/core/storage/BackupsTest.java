package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path folder;

    @Test
    void aBackupIsVerifiedListedAndRestoredExactly() throws Exception {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            DemoWerkplaats.load(werkbank, false);
            Map<String, Long> demo = werkbank.info().recordCounts();
            Backup backup = werkbank.backups().create(BackupReason.MANUAL);
            assertThat(backup.counts()).isEqualTo(demo);
            assertThat(backup.file()).exists().hasParent(folder.resolve("backups"));
            assertThat(werkbank.backups().list()).extracting(Backup::file).contains(backup.file());

            // Damage as a flipped byte in a key leaves it: attendance lines pointing to a person that does not exist.
            werkbank.database().transaction(c -> {
                Sql.update(c, "ALTER TABLE attendance SET REFERENTIAL_INTEGRITY FALSE");
                Sql.update(c, "UPDATE attendance SET person_id = RANDOM_UUID() WHERE id IN (SELECT id FROM attendance LIMIT 3)");
                return Sql.update(c, "DELETE FROM attendance WHERE id IN (SELECT id FROM attendance ORDER BY id DESC LIMIT 5)");
            });
            assertThat(werkbank.check()).extracting(p -> p.key()).contains("check.orphans");

            Map<String, Long> restored = werkbank.backups().restore(backup.file());
            assertThat(restored).isEqualTo(demo);
            // Opening the unpacked backup did none of the data folder's housekeeping: exports are still noted here.
            Path exports = folder.resolveSibling(folder.getFileName() + "-exports");
            AtomicFiles.write(exports.resolve("overzicht.xlsx"), out -> out.write(1));
            assertThat(folder.resolve(ExportFolders.FILE)).content().contains(exports.toString());
            assertThat(werkbank.info().recordCounts()).isEqualTo(demo);
            assertThat(werkbank.check()).isEmpty();
            // The damaged state was kept too, as the backup made before restoring, but is never offered as good.
            Backup damaged = werkbank.backups().list().get(0);
            assertThat(damaged.reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
            assertThat(damaged.sound()).isFalse();
            assertThat(Backups.latestSound(folder)).get().satisfies(sound -> {
                assertThat(sound.sound()).isTrue();
                assertThat(sound.reason()).isNotEqualTo(BackupReason.BEFORE_RESTORE);
            });
        }
    }

    @Test
    void aDatabaseThatDoesNotOpenIsReplacedByTheBackupAndKeptAside() throws Exception {
        Backup backup;
        Map<String, Long> counts;
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            werkbank.organizations().create("DOCK", nl.werkbank.core.people.OrganizationType.WELFARE_CARE, null, false);
            counts = werkbank.info().recordCounts();
            backup = werkbank.backups().create(BackupReason.MANUAL);
        }
        Files.write(folder.resolve("werkbank.mv.db"), new byte[8192]);
        assertThatThrownBy(() -> TestWerkbank.open(folder)).isInstanceOf(StorageException.class);

        Backups.restoreUnopenable(folder, FileKey.NONE, backup.file(), java.time.Clock.systemDefaultZone());
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            assertThat(werkbank.info().recordCounts()).isEqualTo(counts);
            assertThat(werkbank.check()).isEmpty();
        }
        try (var files = Files.list(folder.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.startsWith("beschadigd-"));
        }
    }

    /**
     * An import killed halfway: H2 should roll it back, but the crash test once found a row of it kept. The marker
     * written before the transaction makes the next start put back the backup made just before.
     */
    @Test
    void anInterruptedActionIsUndoneFromItsBackupAtTheNextStart() throws Exception {
        Map<String, Long> before;
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            werkbank.organizations().create("DOCK", nl.werkbank.core.people.OrganizationType.WELFARE_CARE, null, false);
            before = werkbank.info().recordCounts();
            Backup backup = werkbank.backups().create(BackupReason.BEFORE_IMPORT);
            // What the kill leaves: the marker, and part of the import that the database kept.
            GuardedAction.mark(werkbank.database(), "import", backup, false);
            werkbank.organizations().create("Half ingelezen", nl.werkbank.core.people.OrganizationType.OTHER, null, false);
        }
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            assertThat(werkbank.database().recoveredFrom()).get().extracting(Backup::reason).isEqualTo(BackupReason.BEFORE_IMPORT);
            assertThat(werkbank.info().recordCounts()).isEqualTo(before);
            assertThat(folder.resolve(GuardedAction.MARKER)).doesNotExist();
        }
        try (var files = Files.list(folder.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.startsWith("onderbroken-"));
        }
        try (Werkbank again = TestWerkbank.open(folder)) {
            assertThat(again.database().recoveredFrom()).isEmpty();
        }
    }

    /**
     * Saves go on beside an import (they are not queued behind it). When the import is killed, the backup put back
     * must still hold what was reported as saved meanwhile, but nothing the unfinished import left behind.
     */
    @Test
    void anInterruptedImportKeepsWhatWasSavedBesideIt() throws Exception {
        java.util.UUID erasedPerson;
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            var dock = werkbank.organizations().create("DOCK", nl.werkbank.core.people.OrganizationType.WELFARE_CARE, null, false);
            erasedPerson = werkbank.people().create("Bewoner Noord", null, null, false).id();
            Backup backup = werkbank.backups().create(BackupReason.BEFORE_IMPORT);
            GuardedAction.mark(werkbank.database(), "import", backup, true);
            // Saved beside the import: a rename, a new record, a deletion.
            werkbank.organizations().save(new nl.werkbank.core.people.Organization(dock.id(), "DOCK Rotterdam", dock.type(),
                    null, dock.createdAt(), dock.updatedAt()), false);
            werkbank.teams().create("Werkteam Wijkgericht", false);
            werkbank.people().delete(erasedPerson);
            // Left behind by the unfinished import: a record as received (exchanged_at equal to updated_at).
            java.time.Instant received = java.time.Instant.now().plusSeconds(60);
            werkbank.database().transaction(c -> nl.werkbank.core.storage.Sql.update(c,
                    "INSERT INTO organization (id, name, type, created_at, updated_at, exchanged_at) VALUES (?, ?, 'OTHER', ?, ?, ?)",
                    java.util.UUID.randomUUID(), "Half ingelezen", received, received, received));
        }
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            assertThat(werkbank.database().recoveredFrom()).isPresent();
            assertThat(werkbank.organizations().list()).extracting(row -> row.organization().name()).containsExactly("DOCK Rotterdam");
            assertThat(werkbank.teams().list()).extracting(row -> row.team().name()).containsExactly("Werkteam Wijkgericht");
            assertThat(werkbank.people().list()).isEmpty();
            long tombstones = werkbank.database().transaction(c -> nl.werkbank.core.storage.Sql.count(c,
                    "SELECT COUNT(*) FROM tombstone WHERE id = ?", erasedPerson));
            assertThat(tombstones).isEqualTo(1);
        }
    }

    @Test
    void aGuardedActionThatFailsLeavesNoMarkerAndNothingChanged() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            Backup backup = werkbank.backups().create(BackupReason.BEFORE_IMPORT);
            assertThatThrownBy(() -> GuardedAction.run(werkbank.database(), "import", backup, () -> werkbank.database().transaction(c -> {
                werkbank.organizations().create("Half ingelezen", nl.werkbank.core.people.OrganizationType.OTHER, null, false);
                throw new IllegalStateException("a bad record halfway");
            }))).isInstanceOf(IllegalStateException.class);
            assertThat(folder.resolve(GuardedAction.MARKER)).doesNotExist();
            assertThat(werkbank.info().recordCounts()).containsEntry("organization", 0L);
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndChangesNothing() throws Exception {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            werkbank.organizations().create("DOCK", nl.werkbank.core.people.OrganizationType.WELFARE_CARE, null, false);
            Path bad = folder.resolve("kapot.zip");
            Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
            assertThatThrownBy(() -> werkbank.backups().restore(bad)).isInstanceOfSatisfying(StorageException.class,
                    e -> assertThat(e.key()).isEqualTo("error.backup.unreadable"));
            assertThat(werkbank.info().recordCounts()).containsEntry("organization", 1L);
        }
    }

    @Test
    void aDailyBackupIsMadeOnlyWhenTheNewestIsADayOld() {
        Instant monday = Instant.parse("2026-11-30T09:00:00Z");
        try (Werkbank werkbank = Werkbank.open(folder, java.time.Clock.fixed(monday, ZoneId.of("Europe/Amsterdam")))) {
            assertThat(werkbank.backups().ensureRecent()).isPresent();
            assertThat(werkbank.backups().ensureRecent()).isEmpty();
        }
        Instant tuesday = monday.plus(Duration.ofHours(25));
        try (Werkbank werkbank = Werkbank.open(folder, java.time.Clock.fixed(tuesday, ZoneId.of("Europe/Amsterdam")))) {
            assertThat(werkbank.backups().ensureRecent()).get().extracting(Backup::created).isEqualTo(tuesday);
            assertThat(werkbank.backups().list()).hasSize(2);
        }
    }

    @Test
    void rotationKeepsSevenDaysFourWeeksAndTwelveMonths() {
        List<Backup> backups = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T10:00:00Z");
        // Two backups a day for two years.
        for (int day = 0; day < 730; day++) {
            for (int hour : new int[] {9, 17}) {
                Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour - 10));
                backups.add(new Backup(folder.resolve(day + "-" + hour + ".zip"), at, BackupReason.DAILY, 1, Map.of(), true));
            }
        }
        Set<Backup> keep = BackupRotation.keep(backups, ZoneId.of("Europe/Amsterdam"));
        Instant newest = backups.get(backups.size() - 1).created();
        assertThat(keep).contains(backups.get(backups.size() - 1));
        // The last 24 hours whole (two), then one a day for the week.
        assertThat(keep.stream().filter(b -> b.created().isAfter(newest.minus(Duration.ofDays(7))))).hasSize(8);
        // 8 + the newest of 3 more weeks + the newest of 11 more months (some may coincide): at most 22.
        assertThat(keep).hasSizeBetween(19, 23);
        assertThat(keep.stream().map(Backup::created).min(Instant::compareTo).orElseThrow())
                .isBefore(newest.minus(Duration.ofDays(300)));
    }
}
