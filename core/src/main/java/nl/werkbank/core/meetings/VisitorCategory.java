package nl.werkbank.core.meetings;

/** Headcount categories for public meetings. */
public enum VisitorCategory {
    STUDENT,
    RESIDENT,
    PROFESSIONAL,
    OUTSIDE_REGION,
    OTHER
}
