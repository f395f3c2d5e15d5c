package nl.werkbank.core.meetings;

/** Presence on the presentielijst. Only PRESENT and ONLINE earn hours; UNKNOWN means "later invullen". */
public enum AttendanceStatus {
    UNKNOWN,
    PRESENT,
    ONLINE,
    EXCUSED,
    ABSENT;

    public boolean counts() {
        return this == PRESENT || this == ONLINE;
    }
}
