package nl.werkbank.core.exchange;

/**
 * An import refused because the file would remove records here and nobody could be asked first (the command line
 * without --accept-deletions). Thrown from inside the import's transaction, so nothing changed.
 */
public final class RemovalsNotAccepted extends RuntimeException {

    private final transient ImportResult wouldBe;

    RemovalsNotAccepted(ImportResult wouldBe) {
        super("The file removes records: " + wouldBe.removals().perKind());
        this.wouldBe = wouldBe;
    }

    /** What the import would have done, removals included: to say what it would remove. */
    public ImportResult wouldBe() {
        return wouldBe;
    }
}
