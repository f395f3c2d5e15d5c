package nl.werkbank.core.decisions;

/** Whether the team carries (draagt) the decision: yes, with reservations, or no. */
public enum Support {
    YES,
    RESERVATIONS,
    NO
}
