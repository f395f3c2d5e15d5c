package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The references between tables, read from the schema: to delete and insert whole tables in an order the
 * constraints accept (H2's {@code SET REFERENTIAL_INTEGRITY} would commit the transaction halfway), and to
 * find rows that point to a record that does not exist.
 */
record ForeignKeys(List<Reference> references) {

    /** {@code child.column} refers to {@code parent.parentColumn}; {@code cascades}: deleting the parent deletes the child. */
    record Reference(String child, String column, String parent, String parentColumn, boolean cascades) {
        boolean selfReference() {
            return child.equals(parent);
        }
    }

    static ForeignKeys read(Connection c) throws SQLException {
        return new ForeignKeys(Sql.list(c, "SELECT LOWER(fk.table_name) AS child, LOWER(fkc.column_name) AS col,"
                + " LOWER(pk.table_name) AS parent, LOWER(pkc.column_name) AS parent_col, rc.delete_rule"
                + " FROM information_schema.referential_constraints rc"
                + " JOIN information_schema.table_constraints fk ON fk.constraint_schema = rc.constraint_schema"
                + "   AND fk.constraint_name = rc.constraint_name"
                + " JOIN information_schema.table_constraints pk ON pk.constraint_schema = rc.unique_constraint_schema"
                + "   AND pk.constraint_name = rc.unique_constraint_name"
                + " JOIN information_schema.key_column_usage fkc ON fkc.constraint_schema = rc.constraint_schema"
                + "   AND fkc.constraint_name = rc.constraint_name"
                + " JOIN information_schema.key_column_usage pkc ON pkc.constraint_schema = rc.unique_constraint_schema"
                + "   AND pkc.constraint_name = rc.unique_constraint_name AND pkc.ordinal_position = fkc.position_in_unique_constraint"
                + " WHERE rc.constraint_schema = 'PUBLIC' ORDER BY child, col",
                row -> new Reference(row.getString("child"), row.getString("col"), row.getString("parent"), row.getString("parent_col"),
                        "CASCADE".equals(row.getString("delete_rule")))));
    }

    /** {@code tables} ordered so that every table comes after the tables it refers to. */
    List<String> parentsFirst(List<String> tables) {
        Set<String> ordered = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, tables, ordered, visiting);
        }
        return new ArrayList<>(ordered);
    }

    private void visit(String table, List<String> tables, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new IllegalStateException("Tables refer to each other in a circle: " + visiting);
        }
        for (Reference reference : references) {
            if (reference.child().equals(table) && !reference.selfReference() && tables.contains(reference.parent())) {
                visit(reference.parent(), tables, ordered, visiting);
            }
        }
        visiting.remove(table);
        ordered.add(table);
    }

    List<Reference> selfReferences(String table) {
        return references.stream().filter(r -> r.child().equals(table) && r.selfReference()).toList();
    }
}
