package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.demo.DemoWerkplaats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a lost laptop gives away: with encryption, no name, e-mail or private text in any file of the data folder. */
class EncryptionTest {

    private static final char[] PASSPHRASE = "vier woorden op een rij".toCharArray();
    private static final String NAME = "Geheimnaam Vandenberg";
    private static final String EMAIL = "geheimnaam@voorbeeld.nl";

    @TempDir
    Path folder;

    @Test
    void anEncryptedFolderHoldsNoReadableNameInTheDatabaseTheKeyFileOrABackup() throws Exception {
        KeyFile.Created created = KeyFile.create(folder, PASSPHRASE, 1000);
        try (Werkbank werkbank = Werkbank.open(folder, created.key())) {
            DemoWerkplaats.load(werkbank, false);
            werkbank.people().create(NAME, EMAIL, "Buurtwerker", false);
            werkbank.backups().create(BackupReason.MANUAL);
            assertThat(werkbank.database().encrypted()).isTrue();
        }
        assertThat(FolderState.of(folder)).isEqualTo(FolderState.ENCRYPTED);
        assertThat(readableTexts()).noneMatch(text -> text.contains("Geheimnaam") || text.contains("voorbeeld.nl")
                || text.contains("Gemeente Rotterdam"));
        assertOwnerOnly();

        // The passphrase opens it again; the herstelsleutel too.
        try (Werkbank werkbank = Werkbank.open(folder, KeyFile.unlock(folder, PASSPHRASE))) {
            assertThat(werkbank.people().search(NAME, java.time.LocalDate.now())).isNotEmpty();
        }
        assertThat(KeyFile.unlockWithRecoveryKey(folder, created.recoveryKey().toLowerCase().replace("-", " ")))
                .isEqualTo(created.key());
    }

    @Test
    void aWrongOrMissingPassphraseIsRefusedAndChangesNothing() throws Exception {
        KeyFile.Created created = KeyFile.create(folder, PASSPHRASE, 1000);
        try (Werkbank werkbank = Werkbank.open(folder, created.key())) {
            werkbank.people().create(NAME, EMAIL, null, false);
        }
        byte[] before = Files.readAllBytes(folder.resolve("werkbank.mv.db"));

        assertThatThrownBy(() -> KeyFile.unlock(folder, "vier woorden op een kier".toCharArray()))
                .isInstanceOf(StorageException.class).extracting(e -> ((StorageException) e).key()).isEqualTo("error.passphrase.wrong");
        assertThatThrownBy(() -> KeyFile.unlockWithRecoveryKey(folder, "AAAA-BBBB"))
                .isInstanceOf(StorageException.class).extracting(e -> ((StorageException) e).key()).isEqualTo("error.recoveryKey.wrong");
        assertThatThrownBy(() -> Werkbank.open(folder).close())
                .isInstanceOf(StorageException.class).extracting(e -> ((StorageException) e).key()).isEqualTo("error.passphrase.missing");
        assertThat(Files.readAllBytes(folder.resolve("werkbank.mv.db"))).isEqualTo(before);

        assertThatThrownBy(() -> KeyFile.create(folder.resolve("other"), "kort".toCharArray(), 1000))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void changingThePassphraseRewrapsTheKeyAndLeavesTheDatabaseAlone() throws Exception {
        KeyFile.Created created = KeyFile.create(folder, PASSPHRASE, 1000);
        try (Werkbank werkbank = Werkbank.open(folder, created.key())) {
            werkbank.people().create(NAME, EMAIL, null, false);
        }
        byte[] database = Files.readAllBytes(folder.resolve("werkbank.mv.db"));
        char[] next = "een andere zin van vijf woorden".toCharArray();
        KeyFile.changePassphrase(folder, created.key(), next);

        assertThat(Files.readAllBytes(folder.resolve("werkbank.mv.db"))).isEqualTo(database);
        assertThatThrownBy(() -> KeyFile.unlock(folder, PASSPHRASE)).isInstanceOf(StorageException.class);
        assertThat(KeyFile.unlock(folder, next)).isEqualTo(created.key());
        assertThat(KeyFile.unlockWithRecoveryKey(folder, created.recoveryKey())).isEqualTo(created.key());
    }

    @Test
    void anExistingFolderIsEncryptedOnRequestWithTheSameRecordsAndItsReadableBackupsReplaced() throws Exception {
        Map<String, Long> counts;
        try (Werkbank werkbank = Werkbank.open(folder)) {
            DemoWerkplaats.load(werkbank, false);
            werkbank.people().create(NAME, EMAIL, null, false);
            werkbank.backups().create(BackupReason.DAILY);
            counts = werkbank.info().recordCounts();
        }
        assertThat(readableTexts()).anyMatch(text -> text.contains("Geheimnaam"));

        Encryption.Result result = Encryption.encrypt(folder, PASSPHRASE, 1000);

        assertThat(result.plainBackupsRemoved()).isGreaterThanOrEqualTo(2); // the daily one and the one made first
        assertThat(FolderState.of(folder)).isEqualTo(FolderState.ENCRYPTED);
        assertThat(readableTexts()).noneMatch(text -> text.contains("Geheimnaam") || text.contains("Gemeente Rotterdam"));
        FileKey key = KeyFile.unlockWithRecoveryKey(folder, result.recoveryKey());
        try (Werkbank werkbank = Werkbank.open(folder, key)) {
            assertThat(werkbank.info().recordCounts()).isEqualTo(counts);
            assertThat(werkbank.backups().list()).isNotEmpty().allSatisfy(backup -> assertThat(Encryption.isEncrypted(backup.file())).isTrue());
            // A backup of the encrypted folder opens and is restored with the same key.
            assertThat(werkbank.backups().restore(werkbank.backups().latest().orElseThrow().file())).isEqualTo(counts);
        }
        assertThatThrownBy(() -> Encryption.encrypt(folder, PASSPHRASE, 1000)).isInstanceOf(StorageException.class);
    }

    @Test
    void anEncryptedDatabaseIsCompactedAfterABigImportAndStillOpens() throws Exception {
        KeyFile.Created created = KeyFile.create(folder, PASSPHRASE, 1000);
        Map<String, Long> counts;
        try (Werkbank werkbank = Werkbank.open(folder, created.key())) {
            DemoWerkplaats.load(werkbank, false);
            counts = werkbank.info().recordCounts();
            werkbank.database().compactOnClose();
        }
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("compacting"));
        assertThat(FolderState.of(folder)).isEqualTo(FolderState.ENCRYPTED);
        try (Werkbank werkbank = Werkbank.open(folder, created.key(), Clock.systemDefaultZone())) {
            assertThat(werkbank.info().recordCounts()).isEqualTo(counts);
        }
    }

    /** Runs of printable text in every file of the folder, zip entries unpacked (what `strings` would find). */
    private List<String> readableTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().endsWith(".zip")) {
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        for (var entry : java.util.Collections.list(zip.entries())) {
                            texts.add(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1));
                        }
                    }
                } else {
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return texts;
    }

    private void assertOwnerOnly() throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString()).isEqualTo(expected);
            }
        }
    }
}
