package nl.werkbank.core.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Names compared as people mean them: case, accents, spacing and punctuation ignored, and the order of the parts
 * too, so "Vries, Anna de", "anna de  vries" and "Anna de Vries" are one person.
 */
final class NameKey {

    private NameKey() {
    }

    /** The words of the name, plain and sorted: equal keys are the same name. */
    static String of(String name) {
        return Arrays.stream(plain(name).split(" ")).filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
    }

    /** The name in plain lower-case letters in its written order ("Vries, Anna de" becomes "anna de vries"). */
    static String plain(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0) {
            // "Vries, Anna de" or "Jansen, P.": the part after the comma comes first.
            n = n.substring(comma + 1) + " " + n.substring(0, comma);
        }
        String noAccents = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
