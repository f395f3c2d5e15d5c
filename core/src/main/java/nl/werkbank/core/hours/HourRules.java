package nl.werkbank.core.hours;

import nl.werkbank.core.meetings.AttendanceStatus;

/**
 * The rules that turn attendance into credited hours. Stored with every issued statement, so it is
 * always clear under which rules a number was sent.
 */
public record HourRules(boolean travelIncluded) {

    public static final HourRules DEFAULT = new HourRules(false);

    /** "bijeenkomst + voorbereiding [+ reistijd]; aanwezig en online tellen; partnerstatus op de datum van de bijeenkomst". */
    public String describe() {
        return "meeting=duration-late-early;preparation=per-line;travel=" + (travelIncluded ? "included" : "excluded")
                + ";counting=PRESENT,ONLINE;partner=on-meeting-date;visitors=overig";
    }

    /** "PRESENT,ONLINE": from {@link AttendanceStatus#counts()}, the one place that says who counts as present. */
    private static String counting() {
        return java.util.Arrays.stream(AttendanceStatus.values()).filter(AttendanceStatus::counts).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(","));
    }
}
