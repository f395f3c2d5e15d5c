package nl.werkbank.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How to reach an H2 file: its JDBC URL and password, encrypted or not. Whether a file is encrypted is read from
 * the file itself (H2 starts an encrypted file with {@code H2encrypt}), so a backup or copy made before or after
 * encryption always opens the way it was written.
 */
final class DatabaseFiles {

    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    static final String USER = "werkbank";
    /** The user's password: an encrypted file's key goes by its name ({@link #url}), not by a file password. */
    static final String PASSWORD = "";

    private DatabaseFiles() {
    }

    static Path file(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** True when the file at {@code base}.mv.db exists and is encrypted. */
    static boolean encrypted(Path base) {
        Path file = file(base);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return startsEncrypted(in);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the stream (a database file, or one inside a backup zip) begins with H2's encryption header. */
    static boolean startsEncrypted(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    }

    /** Whether opening {@code base} goes through the cipher: an encrypted file, or a new file made with a key. */
    static boolean usesCipher(Path base, FileKey key) {
        return Files.exists(file(base)) ? encrypted(base) : !key.isNone();
    }

    /**
     * An encrypted file opens through {@link EncryptedFilePath}: H2's {@code CIPHER=AES} format, with the JDK's AES
     * (ADR 0023). There is no file password then: the user's password is {@link #PASSWORD}.
     */
    static String url(Path base, FileKey key, String settings) {
        if (!usesCipher(base, key)) {
            return "jdbc:h2:file:" + base.toAbsolutePath() + settings;
        }
        if (key.isNone()) {
            throw new StorageException("error.passphrase.missing", null, base.getParent().toString());
        }
        return "jdbc:h2:" + EncryptedFilePath.prefix(key) + base.toAbsolutePath() + settings;
    }

    /** What goes before a file name for MVStore's own tools (compaction) to open it as {@code base}.mv.db is written. */
    static String storePrefix(Path base, FileKey key) {
        return encrypted(base) ? EncryptedFilePath.prefix(key) : "";
    }

    /** The key bytes H2's {@code CIPHER=AES} gives its file layer for this data key (its file password, converted). */
    static byte[] filePasswordBytes(FileKey key) {
        byte[] bytes = org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(key.filePassword().toCharArray());
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            // As org.h2.mvstore.db.Store.decodePassword does (package-private there), then FileStore's conversion back.
            chars[i] = (char) (((bytes[i + i] & 255) << 16) | (bytes[i + i + 1] & 255));
        }
        return org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(chars);
    }
}
