package nl.werkbank.core.meetings;

/** Kind of meeting; public ones can be counted by headcount instead of names. */
public enum MeetingType {
    TEAM_MEETING(false),
    KNOWLEDGE_CAFE(true),
    EXCHANGE(true),
    FOCUS_GROUP(false),
    IMPACT_MEETING(false),
    EVALUATION(false),
    OTHER(false);

    private final boolean publicMeeting;

    MeetingType(boolean publicMeeting) {
        this.publicMeeting = publicMeeting;
    }

    /** Focusgroepen and evaluaties ask three rounds: what worked, what did not, how can it be better. */
    public boolean hasEvaluationRounds() {
        return this == FOCUS_GROUP || this == EVALUATION;
    }

    /** Kenniscafés and uitwisselingsbijeenkomsten are open to visitors who are counted, not named. */
    public boolean isPublic() {
        return publicMeeting;
    }
}
