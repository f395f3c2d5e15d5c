package nl.werkbank.core.imports;

import java.util.List;

/** A sheet (or a CSV file) as rows of cell texts; blank rows are kept so row numbers match what the user sees. */
public record Sheet(String name, List<SheetRow> rows) {
}
