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

    /** Kenniscafés and uitwisselingsbijeenkomsten are open to visitors who are counted, not named. */
    public boolean isPublic() {
        return publicMeeting;
    }
}
