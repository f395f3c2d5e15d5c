package nl.werkbank.core.report;

import java.util.Map;
import java.util.function.Function;

/**
 * The words of a report in the user's language. Core has no UI text: the app passes a lookup that turns
 * keys such as {@code report.sheet.summary} into Dutch or English.
 */
public record ReportLabels(Function<String, String> lookup) {

    public String get(String key) {
        return lookup.apply(key);
    }

    /** Labels from a plain map (tests); unknown keys come back as the key. */
    public static ReportLabels of(Map<String, String> labels) {
        return new ReportLabels(key -> labels.getOrDefault(key, key));
    }
}
