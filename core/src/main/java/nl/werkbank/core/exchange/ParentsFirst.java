package nl.werkbank.core.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders the records of a kind that refers to itself (an organisation's parent) so parents are inserted first. */
final class ParentsFirst {

    private ParentsFirst() {
    }

    /** Rows of a kind that refers to itself (an organisation's parent), parents first. */
    static List<Object[]> order(Kind kind, List<Object[]> rows) {
        int self = -1;
        for (int i = 0; i < kind.columns().size(); i++) {
            if (kind.name().equals(kind.columns().get(i).references())) {
                self = i;
            }
        }
        if (self < 0) {
            return rows;
        }
        Map<Object, Object[]> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row[kind.idIndex()], row));
        List<Object[]> ordered = new ArrayList<>();
        Set<Object> done = new HashSet<>();
        for (Object[] row : rows) {
            addWithParents(row, byId, ordered, done, self, kind.idIndex(), new HashSet<>());
        }
        return ordered;
    }

    private static void addWithParents(Object[] row, Map<Object, Object[]> byId, List<Object[]> ordered, Set<Object> done,
                                       int self, int idIndex, Set<Object> path) {
        Object id = row[idIndex];
        if (done.contains(id) || !path.add(id)) {
            return;
        }
        Object[] parent = row[self] == null ? null : byId.get(row[self]);
        if (parent != null) {
            addWithParents(parent, byId, ordered, done, self, idIndex, path);
        }
        done.add(id);
        ordered.add(row);
    }
}
