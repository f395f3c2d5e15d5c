package nl.werkbank.core.learning;

/** Where a learning note landed: nog open, opgepakt, doorgewerkt (in the organisation's own work). */
public enum FollowUpStatus {
    OPEN,
    PICKED_UP,
    EMBEDDED
}
