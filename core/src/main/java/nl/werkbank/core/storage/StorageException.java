package nl.werkbank.core.storage;

/**
 * A storage failure the user has to act on. {@link #key()} names a message in the UI bundles; the
 * detail is the technical cause for the log.
 */
public class StorageException extends RuntimeException {

    private final String key;
    private final Object[] args;

    public StorageException(String key, Throwable cause, Object... args) {
        super(key + (cause != null ? ": " + cause.getMessage() : ""), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
