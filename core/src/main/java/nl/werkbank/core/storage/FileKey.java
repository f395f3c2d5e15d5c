package nl.werkbank.core.storage;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random data key that encrypts the database file (H2 {@code CIPHER=AES}), or {@link #NONE} for a folder
 * without encryption. The key itself is never written anywhere in the clear: {@link KeyFile} keeps it wrapped.
 */
public final class FileKey {

    public static final FileKey NONE = new FileKey(new byte[0]);
    static final int LENGTH = 32;

    private final byte[] key;

    private FileKey(byte[] key) {
        this.key = key.clone();
    }

    static FileKey of(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("A data key has " + LENGTH + " bytes");
        }
        return new FileKey(key);
    }

    static FileKey random() {
        byte[] bytes = new byte[LENGTH];
        Crypto.RANDOM.nextBytes(bytes);
        return of(bytes);
    }

    public boolean isNone() {
        return key.length == 0;
    }

    byte[] bytes() {
        return key.clone();
    }

    /** H2's file password: the key in hex (full entropy, so H2's own light hashing of it is enough). */
    String filePassword() {
        return HexFormat.of().formatHex(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileKey that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return isNone() ? "FileKey[none]" : "FileKey[…]";
    }
}
