package nl.werkbank.core.learning;

/** Kind of learning: informatief, transformatief, wederkerig. */
public enum LearningForm {
    INFORMATIVE,
    TRANSFORMATIVE,
    RECIPROCAL
}
