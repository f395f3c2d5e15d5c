package nl.werkbank.core.common;

/** The user stopped long work; whatever it had started was undone. */
public final class CancelledException extends LocalizedException {

    public CancelledException() {
        super("error.cancelled", null);
    }
}
