package nl.werkbank.core.storage;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * An encrypted database file in H2's own format ({@code CIPHER=AES}: a 4 KB header "H2encrypt" with an 8-byte salt,
 * then XTS-AES blocks), so H2 and its tools still open it and every file H2 made opens here. Only the AES is
 * different: {@link XtsAes}. The file's blocks are read and written whole, as MVStore does; a partial block is read,
 * changed and written back, as H2 does.
 */
final class EncryptedFile extends FileBaseDefault {

    static final int BLOCK = XtsAes.BLOCK;
    static final int HEADER_LENGTH = BLOCK;
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    /** H2's key derivation from the file password: PBKDF2 with few rounds, since the password is a random key. */
    private static final int HASH_ITERATIONS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final FileChannel base;
    private byte[] password;
    private volatile XtsAes xts;
    /** The size as the database sees it: without the header. */
    private volatile long size;

    EncryptedFile(String name, byte[] password, FileChannel base) {
        // No reading or writing here: the caller locks the file first.
        this.name = name;
        this.password = password.clone(); // H2's key derivation clears the array it is given
        this.base = base;
    }

    /**
     * Writes {@code plain} (a database file's content) to {@code out} as an encrypted file in this format, block by
     * block, with a new salt: what a backup holds, without the file's content ever on disk unencrypted.
     */
    static void encryptAll(java.io.InputStream plain, java.io.OutputStream out, byte[] password) throws IOException {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        byte[] header = Arrays.copyOf(HEADER, BLOCK);
        System.arraycopy(salt, 0, header, HEADER.length, SALT_LENGTH);
        out.write(header);
        XtsAes cipher = new XtsAes(SHA256.getPBKDF2(password.clone(), salt, HASH_ITERATIONS, 16));
        byte[] block = new byte[BLOCK];
        for (long number = 0; ; number++) {
            int read = plain.readNBytes(block, 0, BLOCK);
            if (read == 0) {
                return;
            }
            Arrays.fill(block, read, BLOCK, (byte) 0);
            cipher.encrypt(number, block, 0);
            out.write(block);
            if (read < BLOCK) {
                out.write(new byte[read]);
                return;
            }
        }
    }

    /**
     * The size the database sees of a file {@code fileLength} bytes long: without the header, and without the last
     * whole block when a partial one follows it (H2's way to keep a size that is not whole blocks).
     */
    static long dataSize(long fileLength) {
        long stored = Math.max(0, fileLength - HEADER_LENGTH);
        return stored % BLOCK != 0 ? stored - BLOCK : stored;
    }

    private XtsAes xts() throws IOException {
        XtsAes ready = xts;
        return ready != null ? ready : start();
    }

    private synchronized XtsAes start() throws IOException {
        if (xts != null) {
            return xts;
        }
        long length = base.size();
        byte[] salt = new byte[SALT_LENGTH];
        if (length >= HEADER_LENGTH) {
            readFully(base, HEADER.length, ByteBuffer.wrap(salt));
            size = dataSize(length);
        } else {
            RANDOM.nextBytes(salt);
            byte[] header = Arrays.copyOf(HEADER, BLOCK);
            System.arraycopy(salt, 0, header, HEADER.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
        }
        XtsAes made = new XtsAes(SHA256.getPBKDF2(password, salt, HASH_ITERATIONS, 16));
        password = null;
        xts = made;
        return made;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int length = dst.remaining();
        if (length == 0) {
            return 0;
        }
        XtsAes cipher = xts();
        if (position >= size) {
            return -1;
        }
        if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        length = (int) Math.min(length, size - position);
        if (position % BLOCK != 0 || length % BLOCK != 0 || !dst.hasArray()) {
            long start = position / BLOCK * BLOCK;
            int offset = (int) (position - start);
            int whole = (length + offset + BLOCK - 1) / BLOCK * BLOCK;
            ByteBuffer temp = ByteBuffer.allocate(whole);
            readBlocks(temp, start, whole, cipher);
            temp.flip().limit(offset + length).position(offset);
            dst.put(temp);
            return length;
        }
        readBlocks(dst, position, length, cipher);
        return length;
    }

    private void readBlocks(ByteBuffer dst, long position, int length, XtsAes cipher) throws IOException {
        int at = dst.arrayOffset() + dst.position();
        readFully(base, position + HEADER_LENGTH, dst);
        for (long block = position / BLOCK; length > 0; block++, at += BLOCK, length -= BLOCK) {
            cipher.decrypt(block, dst.array(), at);
        }
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        XtsAes cipher = xts();
        int length = src.remaining();
        if (position % BLOCK != 0 || length % BLOCK != 0) {
            long start = position / BLOCK * BLOCK;
            int offset = (int) (position - start);
            int whole = (length + offset + BLOCK - 1) / BLOCK * BLOCK;
            ByteBuffer temp = ByteBuffer.allocate(whole);
            long present = Math.min(whole, (size - start + BLOCK - 1) / BLOCK * BLOCK);
            if (present > 0) {
                temp.limit((int) present);
                readBlocks(temp, start, (int) present, cipher);
            }
            temp.limit(offset + length).position(offset);
            temp.put(src).limit(whole).rewind();
            writeBlocks(temp, start, whole, cipher);
        } else {
            writeBlocks(src, position, length, cipher);
        }
        if (position + length > size) {
            grewTo(position + length);
        }
        return length;
    }

    /**
     * H2's way to keep a size that is not whole blocks: as many bytes as the last block holds, after it. MVStore only
     * writes whole blocks, so this only happens for H2's other files; H2's own file left an old tail in place here.
     */
    private void grewTo(long end) throws IOException {
        boolean wasWhole = size % BLOCK == 0;
        size = end;
        int tail = (int) (end % BLOCK);
        long blocksEnd = HEADER_LENGTH + (end + BLOCK - 1) / BLOCK * BLOCK;
        if (tail > 0) {
            writeFully(base, blocksEnd, ByteBuffer.allocate(tail));
        }
        if ((!wasWhole || tail > 0) && base.size() > blocksEnd + tail) {
            base.truncate(blocksEnd + tail);
        }
    }

    private void writeBlocks(ByteBuffer src, long position, int length, XtsAes cipher) throws IOException {
        byte[] crypt = new byte[length];
        src.get(crypt);
        long block = position / BLOCK;
        for (int at = 0; at < length; at += BLOCK) {
            cipher.encrypt(block++, crypt, at);
        }
        writeFully(base, position + HEADER_LENGTH, ByteBuffer.wrap(crypt));
    }

    @Override
    public long size() throws IOException {
        xts();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        xts();
        if (newSize > size) {
            return;
        }
        if (newSize < 0) {
            throw new IllegalArgumentException("newSize: " + newSize);
        }
        base.truncate(newSize + HEADER_LENGTH + (newSize % BLOCK > 0 ? BLOCK : 0));
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    private static void readFully(FileChannel file, long position, ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            int read = file.read(dst, position);
            if (read < 0) {
                throw new EOFException();
            }
            position += read;
        }
    }

    private static void writeFully(FileChannel file, long position, ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            position += file.write(src, position);
        }
    }
}
