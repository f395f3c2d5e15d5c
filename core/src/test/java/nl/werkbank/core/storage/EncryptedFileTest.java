package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our encrypted files are H2's own CIPHER=AES files: each side opens what the other wrote, byte for byte. */
class EncryptedFileTest {

    @TempDir
    Path folder;

    private final FileKey key = FileKey.random();

    @Test
    void aDatabaseH2EncryptedOpensHereAndOneEncryptedHereOpensInH2() throws Exception {
        Path byH2 = folder.resolve("by-h2");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + byH2 + ";CIPHER=AES", "werkbank", key.filePassword() + " ")) {
            fill(c, "written by H2");
        }
        try (Connection c = DriverManager.getConnection(DatabaseFiles.url(byH2, key, ""), "werkbank", DatabaseFiles.PASSWORD)) {
            assertThat(read(c)).isEqualTo("written by H2 x 20000");
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO note VALUES (20001, 'added here')");
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + byH2 + ";CIPHER=AES", "werkbank", key.filePassword() + " ")) {
            assertThat(read(c)).isEqualTo("written by H2 x 20000 + added here");
        }

        Path here = folder.resolve("here");
        try (Connection c = DriverManager.getConnection(DatabaseFiles.url(here, key, ""), "werkbank", DatabaseFiles.PASSWORD)) {
            fill(c, "written here");
        }
        assertThat(DatabaseFiles.encrypted(here)).isTrue();
        assertThat(new String(Files.readAllBytes(DatabaseFiles.file(here)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("written here");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + here + ";CIPHER=AES", "werkbank", key.filePassword() + " ")) {
            assertThat(read(c)).isEqualTo("written here x 20000");
        }
    }

    @Test
    void aBackupHoldsTheDatabaseEncryptedAsH2DoesAndH2OpensIt() throws Exception {
        Path data = folder.resolve("data");
        try (nl.werkbank.core.Werkbank werkbank = nl.werkbank.core.Werkbank.open(data, key)) {
            werkbank.people().create("Backupnaam Zonder Vlag", null, null, false);
            werkbank.backups().create(BackupReason.MANUAL);
        }
        Path backups = data.resolve("backups");
        Path zip;
        try (var files = Files.list(backups)) {
            // Only the backup: H2's zip, written encrypted beside it, is gone.
            java.util.List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            zip = all.get(0);
        }
        Path unpacked = folder.resolve("unpacked");
        Files.createDirectories(unpacked);
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            Files.copy(file.getInputStream(file.getEntry(BackupFiles.DATABASE_ENTRY)), unpacked.resolve(BackupFiles.DATABASE_ENTRY));
        }
        assertThat(DatabaseFiles.encrypted(unpacked.resolve("werkbank"))).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + unpacked.resolve("werkbank") + ";CIPHER=AES;IFEXISTS=TRUE",
                "werkbank", key.filePassword() + " ");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM person WHERE name = 'Backupnaam Zonder Vlag'")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void writesAtAnyPositionAndLengthReadBackAsWritten() throws Exception {
        byte[] password = DatabaseFiles.filePasswordBytes(key);
        Path file = folder.resolve("any.mv.db");
        byte[] expected = new byte[40_000];
        Random random = new Random(42);
        int size = 0;
        try (FileChannel ours = new EncryptedFile("any", password, open(file))) {
            for (int i = 0; i < 300; i++) {
                int position = random.nextInt(Math.min(size + 1, 30_000));
                byte[] bytes = bytes(random, 1 + random.nextInt(i % 3 == 0 ? 9_000 : 300));
                ours.write(ByteBuffer.wrap(bytes), position);
                System.arraycopy(bytes, 0, expected, position, bytes.length);
                size = Math.max(size, position + bytes.length);
                assertThat(ours.size()).isEqualTo(size);
            }
            assertThat(readAll(ours, size)).isEqualTo(Arrays.copyOf(expected, size));
        }
        try (FileChannel again = new EncryptedFile("any", password, open(file))) {
            assertThat(again.size()).isEqualTo(size);
            assertThat(readAll(again, size)).isEqualTo(Arrays.copyOf(expected, size));
            ByteBuffer middle = ByteBuffer.allocate(777);
            again.read(middle, 12_345);
            assertThat(middle.array()).isEqualTo(Arrays.copyOfRange(expected, 12_345, 12_345 + 777));
            again.truncate(size - 5_000);
            assertThat(again.size()).isEqualTo(size - 5_000);
        }
    }

    @Test
    void eachOpensTheFileTheOtherWroteByteForByte() throws Exception {
        Path ours = folder.resolve("ours.mv.db");
        Path theirs = folder.resolve("theirs.mv.db");
        ByteBuffer expected = ByteBuffer.allocate(1_000_000);
        Random random = new Random(7);
        try (FileChannel a = new EncryptedFile("ours", password(), open(ours));
             FileChannel b = new FileEncrypt("theirs", password(), open(theirs))) {
            for (int i = 0; i < 60; i++) {
                // Whole blocks, over earlier ones or at the end, as MVStore writes (H2's own file fails on other writes).
                int blocks = expected.position() / EncryptedFile.BLOCK;
                int position = random.nextInt(blocks + 1) * EncryptedFile.BLOCK;
                byte[] bytes = bytes(random, EncryptedFile.BLOCK * (1 + random.nextInt(3)));
                a.write(ByteBuffer.wrap(bytes), position);
                b.write(ByteBuffer.wrap(bytes), position);
                expected.put(position, bytes);
                expected.position(Math.max(expected.position(), position + bytes.length));
                assertThat(a.size()).isEqualTo(b.size()).isEqualTo(expected.position());
            }
        }
        int size = expected.position();
        byte[] content = Arrays.copyOf(expected.array(), size);
        try (FileChannel a = new EncryptedFile("theirs", password(), open(theirs));
             FileChannel b = new FileEncrypt("ours", password(), open(ours))) {
            assertThat(a.size()).isEqualTo(b.size()).isEqualTo(size);
            assertThat(readAll(a, size)).isEqualTo(content);
            assertThat(readAll(b, size)).isEqualTo(content);
        }
    }

    /** A new array each time: H2's key derivation clears the one it is given. */
    private byte[] password() {
        return DatabaseFiles.filePasswordBytes(key);
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static FileChannel open(Path file) throws Exception {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static byte[] readAll(FileChannel file, int size) throws Exception {
        ByteBuffer all = ByteBuffer.allocate(size);
        while (all.hasRemaining() && file.read(all, all.position()) > 0) {
            // H2's file reads at most to the end of the block asked for; keep going.
        }
        return all.array();
    }

    private static void fill(Connection c, String text) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100))");
            s.execute("INSERT INTO note SELECT x, '" + text + "' FROM SYSTEM_RANGE(1, 20000)");
        }
    }

    private static String read(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT text FROM note WHERE id = 1), (SELECT COUNT(*) FROM note WHERE id <= 20000),"
                     + " (SELECT text FROM note WHERE id = 20001)")) {
            r.next();
            return r.getString(1) + " x " + r.getInt(2) + (r.getString(3) == null ? "" : " + " + r.getString(3));
        }
    }
}
