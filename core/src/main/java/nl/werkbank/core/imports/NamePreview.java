package nl.werkbank.core.imports;

/**
 * A name in the file (a person or an organisation) and what it will become: an existing record, a similar one to
 * confirm ({@code match} names it), or a new one. {@code firstSeen} is where it first appears ("Blad1!B7").
 */
public record NamePreview(String name, Kind kind, String match, String firstSeen) {

    /** Whether any of the names would create a record or take a similar one: the user confirms those first. */
    public static boolean anyToConfirm(java.util.List<NamePreview> names) {
        return names.stream().anyMatch(n -> n.kind() != Kind.EXISTING);
    }

    public enum Kind {
        EXISTING,
        SIMILAR,
        NEW
    }
}
