package nl.werkbank.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

/**
 * {@code werkbank.key} beside the database: the data key, wrapped twice with AES-256-GCM: once by a key derived from
 * the passphrase (PBKDF2-HMAC-SHA256, {@value #PASSPHRASE_ITERATIONS} iterations) and once by one derived from the
 * herstelsleutel. Changing the passphrase rewrites only this file, never the database (ADR 0011).
 */
public final class KeyFile {

    public static final String FILE_NAME = Database.FILE_NAME + ".key";
    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; about half a second on the slow laptops we aim at. */
    static final int PASSPHRASE_ITERATIONS = 600_000;
    /** The herstelsleutel has 160 random bits: the derivation only has to make it a proper key. */
    static final int RECOVERY_ITERATIONS = 10_000;
    private static final String PASSPHRASE = "passphrase";
    private static final String RECOVERY = "recovery";

    /** A new key file: the key it guards, and the herstelsleutel to show the user once. */
    public record Created(FileKey key, String recoveryKey) {
    }

    private KeyFile() {
    }

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    /** Makes a new random data key, guarded by {@code passphrase} and a new herstelsleutel. */
    public static Created create(Path dataDirectory, char[] passphrase) {
        return create(dataDirectory, passphrase, PASSPHRASE_ITERATIONS);
    }

    static Created create(Path dataDirectory, char[] passphrase, int iterations) {
        Passphrases.requireAcceptable(passphrase);
        FileKey key = FileKey.random();
        String recovery = RecoveryKeys.generate();
        Properties slots = new Properties();
        slots.setProperty("format", "1");
        slots.setProperty("kdf", Crypto.KDF);
        seal(slots, PASSPHRASE, passphrase, iterations, key);
        seal(slots, RECOVERY, RecoveryKeys.normalize(recovery).toCharArray(), RECOVERY_ITERATIONS, key);
        write(dataDirectory, slots);
        return new Created(key, recovery);
    }

    /** The data key, when {@code passphrase} is right; {@code error.passphrase.wrong} otherwise. */
    public static FileKey unlock(Path dataDirectory, char[] passphrase) {
        return open(dataDirectory, PASSPHRASE, passphrase, "error.passphrase.wrong");
    }

    /** The data key from the herstelsleutel (spaces, dashes and case do not matter). */
    public static FileKey unlockWithRecoveryKey(Path dataDirectory, String recoveryKey) {
        return open(dataDirectory, RECOVERY, RecoveryKeys.normalize(recoveryKey).toCharArray(), "error.recoveryKey.wrong");
    }

    /** Guards the same data key with a new passphrase; the herstelsleutel stays valid, the database is untouched. */
    public static void changePassphrase(Path dataDirectory, FileKey key, char[] newPassphrase) {
        Passphrases.requireAcceptable(newPassphrase);
        Properties slots = read(dataDirectory);
        seal(slots, PASSPHRASE, newPassphrase, PASSPHRASE_ITERATIONS, key);
        write(dataDirectory, slots);
    }

    private static void seal(Properties slots, String slot, char[] secret, int iterations, FileKey key) {
        byte[] salt = Crypto.randomBytes(16);
        byte[] wrapping = Crypto.derive(secret, salt, iterations);
        slots.setProperty(slot + ".iterations", Integer.toString(iterations));
        slots.setProperty(slot + ".salt", Base64.getEncoder().encodeToString(salt));
        slots.setProperty(slot + ".key", Base64.getEncoder().encodeToString(Crypto.wrap(wrapping, key.bytes(), "werkbank-key-1:" + slot)));
        Arrays.fill(wrapping, (byte) 0);
    }

    private static FileKey open(Path dataDirectory, String slot, char[] secret, String wrongKey) {
        Properties slots = read(dataDirectory);
        try {
            int iterations = Integer.parseInt(slots.getProperty(slot + ".iterations"));
            byte[] salt = Base64.getDecoder().decode(slots.getProperty(slot + ".salt"));
            byte[] wrapped = Base64.getDecoder().decode(slots.getProperty(slot + ".key"));
            if (iterations < 1 || iterations > 100_000_000) {
                throw new IllegalArgumentException("iterations " + iterations);
            }
            byte[] wrapping = Crypto.derive(secret, salt, iterations);
            byte[] key = Crypto.unwrap(wrapping, wrapped, "werkbank-key-1:" + slot);
            Arrays.fill(wrapping, (byte) 0);
            if (key == null) {
                throw new StorageException(wrongKey, null);
            }
            return FileKey.of(key);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StorageException("error.keyFile.damaged", e, file(dataDirectory).toString());
        }
    }

    private static Properties read(Path dataDirectory) {
        Properties slots = new Properties();
        try (InputStream in = Files.newInputStream(file(dataDirectory))) {
            slots.load(in);
        } catch (NoSuchFileException e) {
            throw new StorageException("error.keyFile.missing", e, file(dataDirectory).toString());
        } catch (IOException e) {
            throw new StorageException("error.keyFile.damaged", e, file(dataDirectory).toString());
        }
        return slots;
    }

    private static void write(Path dataDirectory, Properties slots) {
        try {
            Files.createDirectories(dataDirectory);
            // AtomicFiles' temporary file is created owner-only (600) and keeps that when renamed.
            AtomicFiles.write(file(dataDirectory), out -> slots.store(out, "Werkbank: the data key, wrapped (not readable without the passphrase)"));
        } catch (IOException e) {
            throw new StorageException(StorageFailures.key(e, "error.keyFile.write"), e, file(dataDirectory).toString());
        }
    }
}
