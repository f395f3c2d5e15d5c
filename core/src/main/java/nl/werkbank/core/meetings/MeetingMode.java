package nl.werkbank.core.meetings;

/** fysiek, online or hybride. */
public enum MeetingMode {
    PHYSICAL,
    ONLINE,
    HYBRID
}
