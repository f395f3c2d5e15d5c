package nl.werkbank.core.decisions;

/** The colour of a perspective: positive, neutral or negative information. */
public enum Valence {
    PLUS,
    NEUTRAL,
    MINUS
}
