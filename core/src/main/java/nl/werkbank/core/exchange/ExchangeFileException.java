package nl.werkbank.core.exchange;

/**
 * A bad exchange file, said in the user's words: {@link #key()} names a message in the UI bundles, the
 * arguments say where (kind, record number, field, line). Nothing has been changed when this is thrown.
 */
public final class ExchangeFileException extends RuntimeException {

    private final String key;
    private final Object[] args;

    ExchangeFileException(String key, Object... args) {
        this(key, null, args);
    }

    ExchangeFileException(String key, Throwable cause, Object... args) {
        super(key + " " + java.util.Arrays.toString(args), cause);
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
