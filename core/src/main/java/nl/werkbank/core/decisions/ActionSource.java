package nl.werkbank.core.decisions;

/** Where an action came from. */
public enum ActionSource {
    MEETING,
    DECISION,
    CONDITION
}
