package nl.werkbank.core.meetings;

/** The three rounds of a focusgroep or evaluatie, in the order they are asked. */
public enum EvaluationQuestion {
    /** Wat werkte wel? */
    WORKED,
    /** Wat werkte niet? */
    DID_NOT_WORK,
    /** Hoe kan het beter? */
    IMPROVE
}
