package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Tells the failures a user can act on (a full disk, a folder that cannot be written) from the rest, by
 * walking the cause chain: H2 wraps the operating system's error two or three levels deep.
 */
public final class StorageFailures {

    public static final String DISK_FULL = "error.disk.full";
    public static final String READ_ONLY = "error.disk.readOnly";

    private StorageFailures() {
    }

    /** The message key for {@code failure}: disk full, read-only, or {@code otherwise}. */
    public static String key(Throwable failure, String otherwise) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isDiskFull(t)) {
                return DISK_FULL;
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException || mentionsReadOnly(t)
                    || t instanceof java.sql.SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY) {
                return READ_ONLY;
            }
        }
        return otherwise;
    }

    public static boolean isDiskFull(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        // Linux and macOS say "No space left on device", Windows "There is not enough space on the disk".
        return (t instanceof IOException || message.contains("ioexception"))
                && (message.contains("no space left") || message.contains("not enough space")
                        || message.contains("disk quota exceeded"));
    }

    private static boolean mentionsReadOnly(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        // The operating system's words, also when H2 passes them on inside its own message.
        return message.contains("read-only file system") || message.contains("permission denied")
                || message.contains("operation not permitted") || message.contains("access is denied");
    }
}
