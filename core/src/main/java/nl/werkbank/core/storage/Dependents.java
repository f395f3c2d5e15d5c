package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

/** Whether anything refers to a record, read from the schema's foreign keys so new features' tables are included. */
public final class Dependents {

    private Dependents() {
    }

    /** True when a row in any table other than {@code except} refers to {@code table}'s record {@code id}. */
    public static boolean any(Connection c, String table, UUID id, Set<String> except) throws SQLException {
        for (ForeignKeys.Reference reference : ForeignKeys.read(c).references()) {
            if (reference.parent().equals(table) && !except.contains(reference.child()) && !reference.selfReference()
                    && Sql.one(c, "SELECT 1 FROM " + reference.child() + " WHERE " + reference.column() + " = ? LIMIT 1",
                    row -> 1, id).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
