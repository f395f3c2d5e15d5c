package nl.werkbank.core.decisions;

/** The result of a vote. Only ADOPTED and REJECTED are a majority; the others send the team back to dialogue. */
public enum VoteOutcome {
    /** More than half of the votes cast are for, clearly. */
    ADOPTED,
    /** More than half of the votes cast are against, clearly. */
    REJECTED,
    /** As many for as against. */
    TIE,
    /** A majority, but too narrow to carry: the group is strongly divided. */
    DIVIDED,
    /** Nobody voted for or against. */
    NO_VOTES;

    public boolean majority() {
        return this == ADOPTED || this == REJECTED;
    }
}
