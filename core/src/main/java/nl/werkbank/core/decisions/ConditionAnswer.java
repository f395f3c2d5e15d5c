package nl.werkbank.core.decisions;

/** The majority's answer to what the minority needs to go along. */
public enum ConditionAnswer {
    ADOPTED,
    ADAPTED,
    NOT_ADOPTED
}
