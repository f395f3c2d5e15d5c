package nl.werkbank.core.hours;

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
}
