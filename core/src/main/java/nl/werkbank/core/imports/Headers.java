package nl.werkbank.core.imports;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Column headers people use, in Dutch and English, and the role each one means. */
final class Headers {

    private static final Map<String, ColumnRole> WORDS = Map.ofEntries(
            Map.entry("naam", ColumnRole.NAME), Map.entry("name", ColumnRole.NAME), Map.entry("deelnemer", ColumnRole.NAME),
            Map.entry("deelnemers", ColumnRole.NAME), Map.entry("naam deelnemer", ColumnRole.NAME),
            Map.entry("voor- en achternaam", ColumnRole.NAME), Map.entry("volledige naam", ColumnRole.NAME),
            Map.entry("organisatie", ColumnRole.ORGANIZATION), Map.entry("instelling", ColumnRole.ORGANIZATION),
            Map.entry("organization", ColumnRole.ORGANIZATION), Map.entry("organisation", ColumnRole.ORGANIZATION),
            Map.entry("werkgever", ColumnRole.ORGANIZATION), Map.entry("namens", ColumnRole.ORGANIZATION),
            Map.entry("organisatie/instelling", ColumnRole.ORGANIZATION),
            Map.entry("functie", ColumnRole.FUNCTION), Map.entry("rol", ColumnRole.FUNCTION), Map.entry("function", ColumnRole.FUNCTION),
            Map.entry("aanwezig", ColumnRole.PRESENCE), Map.entry("aanwezigheid", ColumnRole.PRESENCE),
            Map.entry("presentie", ColumnRole.PRESENCE), Map.entry("present", ColumnRole.PRESENCE),
            Map.entry("aanwezig?", ColumnRole.PRESENCE), Map.entry("status", ColumnRole.PRESENCE),
            Map.entry("handtekening", ColumnRole.SIGNATURE), Map.entry("paraaf", ColumnRole.SIGNATURE),
            Map.entry("signature", ColumnRole.SIGNATURE), Map.entry("datum", ColumnRole.DATE), Map.entry("date", ColumnRole.DATE));

    private Headers() {
    }

    static Optional<ColumnRole> role(String header) {
        return Optional.ofNullable(WORDS.get(clean(header)));
    }

    /** A totals column or row ("Totaal", "Aantal aanwezig", "Total") is never a person or a meeting. */
    static boolean isTotal(String text) {
        String t = clean(text);
        return t.startsWith("totaal") || t.startsWith("total") || t.startsWith("aantal") || t.equals("som");
    }

    static String clean(String header) {
        return header.toLowerCase(Locale.ROOT).replace(':', ' ').replace('*', ' ').strip().replaceAll("\\s+", " ");
    }
}
