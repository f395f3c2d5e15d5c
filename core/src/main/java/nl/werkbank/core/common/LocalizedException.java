package nl.werkbank.core.common;

/**
 * A failure said in the user's words: {@link #key()} names a message in the UI bundles, {@link #args()} fill
 * it in; the Java message (for the log) holds the key, the arguments and the technical cause.
 */
public abstract class LocalizedException extends RuntimeException {

    private final String key;
    private final Object[] args;

    protected LocalizedException(String key, Throwable cause, Object... args) {
        super(key + " " + java.util.Arrays.toString(args) + (cause != null ? ": " + cause.getMessage() : ""), cause);
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
