package nl.werkbank.core.decisions;

/** An action is open until it is done or dropped (vervallen). */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED
}
