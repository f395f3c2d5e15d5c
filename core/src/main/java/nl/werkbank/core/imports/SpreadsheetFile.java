package nl.werkbank.core.imports;

import java.util.List;

/**
 * A presentielijst file as read. {@code readAs} says how, in the user's terms, for example
 * "CSV, puntkomma, Windows-1252", so a wrongly guessed encoding shows up in the preview.
 */
public record SpreadsheetFile(String fileName, List<Sheet> sheets, ReadAs readAs) {

    /** How the file was read: the format, and for CSV the separator and encoding that were detected. */
    public record ReadAs(String format, String separator, String encoding) {
    }
}
