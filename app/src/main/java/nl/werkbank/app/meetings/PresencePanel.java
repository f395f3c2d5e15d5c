package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;

/** The slim right column: who is here. In a round, clicking a name makes that person next (popcorn). */
final class PresencePanel {

    private final VBox root;

    PresencePanel(MeetingViewModel vm, Consumer<AttendanceLine> chosen) {
        Localization i18n = vm.ui().i18n();
        Label heading = new Label();
        heading.setId("presence-count");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr("presence.count",
                vm.lines().stream().filter(l -> l.attendance().status().counts()).count(), vm.lines().size()), vm.lines()));
        ListView<AttendanceLine> list = new ListView<>(vm.lines());
        list.setId("presence-list");
        list.setCellFactory(view -> new ListCell<>() {
            {
                // A long name wraps instead of giving the whole list a sideways scroll bar.
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(AttendanceLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                AttendanceStatus status = line.attendance().status();
                String lateness = line.attendance().lateMinutes() + line.attendance().earlyMinutes() > 0
                        ? " " + i18n.tr("presence.partly") : "";
                setText(symbol(status) + " " + line.personName() + lateness);
                setOpacity(status.counts() ? 1.0 : 0.55);
            }
        });
        list.setOnMouseClicked(event -> chosen.accept(list.getSelectionModel().getSelectedItem()));
        // Popcorn by keyboard too: Tab to the list, arrows to the name, Enter.
        list.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                chosen.accept(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(8, heading, list);
        root.setPadding(new Insets(12));
        root.setPrefWidth(230);
        root.setMinWidth(200);
        root.getStyleClass().add("presence-panel");
    }

    static String symbol(AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> "●";
            case ONLINE -> "◐";
            case EXCUSED -> "○";
            case ABSENT -> "✕";
            case UNKNOWN -> "·";
        };
    }

    Node node() {
        return root;
    }
}
