package nl.werkbank.core.imports;

import java.util.List;

/** Something in the file that cannot be read, with where it is: sheet and cell address as the spreadsheet shows them. */
public record CellProblem(String sheet, String address, String key, List<Object> args) {

    public CellProblem {
        args = List.copyOf(args);
    }
}
