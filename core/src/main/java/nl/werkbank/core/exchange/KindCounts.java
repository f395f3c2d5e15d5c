package nl.werkbank.core.exchange;

/**
 * What an import does to one kind of record. {@code older}: the file had an older version, ours stays;
 * {@code skippedDeleted}: deleted here (or its parent was), so it is not brought back; {@code deleted}: removed
 * because the file says it was deleted there.
 */
public record KindCounts(int added, int updated, int unchanged, int older, int conflicts, int skippedDeleted, int deleted) {

    public static final KindCounts NONE = new KindCounts(0, 0, 0, 0, 0, 0, 0);

    public boolean changes() {
        return written() > 0;
    }

    /** Records the import adds, overwrites or removes here. */
    public int written() {
        return added + updated + deleted;
    }

    public int total() {
        return added + updated + unchanged + older + skippedDeleted;
    }
}
