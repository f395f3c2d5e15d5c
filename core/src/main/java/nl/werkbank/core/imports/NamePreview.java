package nl.werkbank.core.imports;

/**
 * A name in the file (a person or an organisation) and what it will become: an existing record, a similar one to
 * confirm ({@code match} names it), or a new one. {@code firstSeen} is where it first appears ("Blad1!B7").
 */
public record NamePreview(String name, Kind kind, String match, String firstSeen) {

    public enum Kind {
        EXISTING,
        SIMILAR,
        NEW
    }
}
