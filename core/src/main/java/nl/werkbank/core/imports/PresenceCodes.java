package nl.werkbank.core.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werkbank.core.meetings.AttendanceStatus;

/**
 * What people write in a presence cell. In a matrix "x" is present and "a" absent ("a" for aanwezig would make
 * "x" pointless); "b" is bericht van verhindering. Anything else is reported with its cell address.
 */
public final class PresenceCodes {

    private static final Map<String, AttendanceStatus> CODES = Map.ofEntries(
            Map.entry("x", AttendanceStatus.PRESENT), Map.entry("ja", AttendanceStatus.PRESENT),
            Map.entry("j", AttendanceStatus.PRESENT), Map.entry("aanwezig", AttendanceStatus.PRESENT),
            Map.entry("present", AttendanceStatus.PRESENT), Map.entry("fysiek", AttendanceStatus.PRESENT),
            Map.entry("1", AttendanceStatus.PRESENT), Map.entry("v", AttendanceStatus.PRESENT),
            Map.entry("✓", AttendanceStatus.PRESENT), Map.entry("✔", AttendanceStatus.PRESENT),
            Map.entry("yes", AttendanceStatus.PRESENT), Map.entry("o", AttendanceStatus.ONLINE),
            Map.entry("online", AttendanceStatus.ONLINE), Map.entry("digitaal", AttendanceStatus.ONLINE),
            Map.entry("b", AttendanceStatus.EXCUSED), Map.entry("afgemeld", AttendanceStatus.EXCUSED),
            Map.entry("bericht", AttendanceStatus.EXCUSED), Map.entry("verhinderd", AttendanceStatus.EXCUSED),
            Map.entry("mk", AttendanceStatus.EXCUSED), Map.entry("a", AttendanceStatus.ABSENT),
            Map.entry("afwezig", AttendanceStatus.ABSENT), Map.entry("nee", AttendanceStatus.ABSENT),
            Map.entry("n", AttendanceStatus.ABSENT), Map.entry("0", AttendanceStatus.ABSENT),
            Map.entry("-", AttendanceStatus.ABSENT), Map.entry("no", AttendanceStatus.ABSENT),
            Map.entry("zk", AttendanceStatus.ABSENT));

    private PresenceCodes() {
    }

    /** The status a non-empty cell means, or empty when it means nothing we know. */
    public static Optional<AttendanceStatus> parse(String text) {
        String code = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replace(".", "").replace(" ", "");
        return Optional.ofNullable(CODES.get(code));
    }
}
