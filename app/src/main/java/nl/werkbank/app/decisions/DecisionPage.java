package nl.werkbank.app.decisions;

/** The seven pages of a guided Deep Democracy decision, in order. */
public enum DecisionPage {
    QUESTION,
    PERSPECTIVES,
    SAFE_NO,
    SPREAD_NO,
    VOTE,
    MINORITY,
    OUTCOME;

    DecisionPage next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    DecisionPage previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
