package nl.werkbank.core.decisions;

/** Where a decision stands: still being worked on, taken, or put off to a later meeting. */
public enum DecisionStatus {
    OPEN,
    DECIDED,
    POSTPONED
}
