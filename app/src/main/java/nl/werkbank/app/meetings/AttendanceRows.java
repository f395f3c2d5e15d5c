package nl.werkbank.app.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.werkbank.core.meetings.AttendanceLine;

/**
 * The presentielijst's rows, one model per line, following the meeting's lines. A save replaces one line in that list;
 * here it only updates that row's model, so the table redraws that row's cells. Replacing the table's element made the
 * table rebuild every visible row with a CSS pass each: 45-72 ms a key on the big Werkplaats (bench --only ui).
 */
final class AttendanceRows {

    /** One line of the list; the same row object for the same attendance line as long as the meeting is open. */
    static final class Row {
        private final UUID id;
        private final ReadOnlyObjectWrapper<AttendanceLine> line;

        private Row(AttendanceLine line) {
            this.id = line.attendance().id();
            this.line = new ReadOnlyObjectWrapper<>(line);
        }

        UUID id() {
            return id;
        }

        AttendanceLine line() {
            return line.get();
        }

        ReadOnlyObjectProperty<AttendanceLine> lineProperty() {
            return line.getReadOnlyProperty();
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Map<UUID, Row> byId = new HashMap<>();

    AttendanceRows(ObservableList<AttendanceLine> lines) {
        rebuild(lines);
        lines.addListener((ListChangeListener<AttendanceLine>) this::follow);
    }

    ObservableList<Row> rows() {
        return rows;
    }

    private void follow(ListChangeListener.Change<? extends AttendanceLine> change) {
        List<AttendanceLine> replaced = new ArrayList<>();
        while (change.next()) {
            boolean oneForOne = change.wasReplaced() && change.getAddedSize() == change.getRemovedSize();
            if (!oneForOne) {
                rebuild(change.getList());
                return;
            }
            for (int i = 0; i < change.getAddedSize(); i++) {
                AttendanceLine before = change.getRemoved().get(i);
                AttendanceLine now = change.getAddedSubList().get(i);
                if (!before.attendance().id().equals(now.attendance().id()) || !byId.containsKey(now.attendance().id())) {
                    rebuild(change.getList());
                    return;
                }
                replaced.add(now);
            }
        }
        replaced.forEach(now -> byId.get(now.attendance().id()).line.set(now));
    }

    /** Rows for a reloaded list; a line already shown keeps its row, so the selection stays on it. */
    private void rebuild(List<? extends AttendanceLine> lines) {
        Map<UUID, Row> kept = new HashMap<>(byId);
        byId.clear();
        List<Row> next = new ArrayList<>(lines.size());
        for (AttendanceLine line : lines) {
            Row row = kept.get(line.attendance().id());
            if (row == null) {
                row = new Row(line);
            } else {
                row.line.set(line);
            }
            byId.put(row.id(), row);
            next.add(row);
        }
        rows.setAll(next);
    }
}
