package nl.werkbank.core.imports;

/**
 * What a column holds. In a matrix every column whose header is a date is a meeting; {@link #DATE} is for a list
 * that carries the meeting date on each row.
 */
public enum ColumnRole {
    IGNORE,
    NAME,
    ORGANIZATION,
    FUNCTION,
    PRESENCE,
    SIGNATURE,
    DATE
}
