package nl.werkbank.core.decisions;

/** One person's vote. */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN
}
