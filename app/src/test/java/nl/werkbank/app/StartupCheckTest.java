package nl.werkbank.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.storage.BackupReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At every start: sound data gets its daily backup; damaged data is reported with the newest sound backup. */
class StartupCheckTest {

    @TempDir
    Path folder;

    @Test
    void soundDataGetsTheDailyBackupAndDamageIsReportedWithTheLatestSoundBackup() throws Exception {
        try (Werkbank werkbank = Werkbank.open(folder)) {
            werkbank.organizations().create("DOCK", OrganizationType.WELFARE_CARE, null, false);
            StartupCheck.Result first = StartupCheck.run(werkbank);
            assertThat(first.damaged()).isFalse();
            assertThat(werkbank.backups().list()).singleElement()
                    .satisfies(backup -> assertThat(backup.reason()).isEqualTo(BackupReason.DAILY));
        }
        // An organisation part of one that no longer exists: what a damaged key looks like.
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("werkbank").toAbsolutePath(), "werkbank", "");
             var statement = c.createStatement()) {
            statement.execute("ALTER TABLE organization SET REFERENTIAL_INTEGRITY FALSE");
            statement.executeUpdate("UPDATE organization SET parent_id = RANDOM_UUID()");
        }
        // Two days later: sound data would get a new daily backup now.
        java.time.Clock later = java.time.Clock.offset(java.time.Clock.systemDefaultZone(), java.time.Duration.ofDays(2));
        try (Werkbank werkbank = Werkbank.open(folder, later)) {
            StartupCheck.Result second = StartupCheck.run(werkbank);
            assertThat(second.damaged()).isTrue();
            assertThat(second.problems()).extracting(problem -> problem.key()).containsExactly("check.orphans");
            assertThat(second.latestSound()).get().extracting(backup -> backup.reason()).isEqualTo(BackupReason.DAILY);
            // No daily backup of damaged data.
            assertThat(werkbank.backups().list()).hasSize(1);
        }
    }
}
