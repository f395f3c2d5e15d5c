package nl.werkbank.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.FileUtils;

/**
 * H2's files under {@code werkbank-aes:N:/path}: encrypted with {@link EncryptedFile}, the key being the one registered as
 * N in this process. The name carries only that number, so the key never appears in a URL, a file name or a message.
 * H2's trace file stays plain text, as with {@code CIPHER=AES}: it holds error messages, no data.
 */
public final class EncryptedFilePath extends FilePathWrapper {

    static final String SCHEME = "werkbank-aes";
    private static final Map<FileKey, String> HANDLES = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> PASSWORDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    static {
        FilePath.register(new EncryptedFilePath());
    }

    /** The prefix that makes H2 open a file encrypted with {@code key}: {@code werkbank-aes:N:}. */
    static String prefix(FileKey key) {
        String handle = HANDLES.computeIfAbsent(key, k -> {
            String next = Integer.toString(NEXT.incrementAndGet());
            PASSWORDS.put(next, DatabaseFiles.filePasswordBytes(k));
            return next;
        });
        return SCHEME + ":" + handle + ":";
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return SCHEME + ":" + handle(name) + ":";
    }

    @Override
    public FilePath unwrap(String fileName) {
        return FilePath.get(path(fileName));
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel file = FileUtils.open(path(name), mode);
        if (plain()) {
            return file;
        }
        byte[] password = PASSWORDS.get(handle(name));
        if (password == null) {
            file.close();
            throw new IOException("No data key registered for " + path(name));
        }
        return new EncryptedFile(path(name), password, file);
    }

    @Override
    public long size() {
        long size = getBase().size();
        if (plain()) {
            return size;
        }
        return EncryptedFile.dataSize(size);
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return plain() ? getBase().newOutputStream(append) : newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return plain() ? getBase().newInputStream() : Channels.newInputStream(open("r"));
    }

    private boolean plain() {
        return name.endsWith(".trace.db");
    }

    private static String handle(String fileName) {
        String rest = fileName.substring(SCHEME.length() + 1);
        return rest.substring(0, rest.indexOf(':'));
    }

    private static String path(String fileName) {
        String rest = fileName.substring(SCHEME.length() + 1);
        return rest.substring(rest.indexOf(':') + 1);
    }
}
