package nl.werkbank.app.teams;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.activity.Corner;
import nl.werkbank.core.activity.TeamPresence;
import nl.werkbank.core.meetings.AttendanceStatus;

/**
 * Attendance per member over the team's last meetings, with a signal for whoever missed the last three they were
 * expected at, and the team's make-up by corner of the vierhoek: "zitten de juiste mensen aan tafel?".
 */
final class TeamPresenceDialog extends Dialog<Void> {

    TeamPresenceDialog(TeamsViewModel vm, TeamPresence presence) {
        Localization i18n = vm.ui().i18n();
        initOwner(vm.ui().window().get());
        setTitle(i18n.tr("presence.title", presence.team()));
        setResizable(true);
        Label composition = new Label(i18n.tr("presence.composition") + " " + java.util.Arrays.stream(Corner.values())
                .filter(corner -> presence.composition().getOrDefault(corner, 0) > 0)
                .map(corner -> i18n.tr(corner) + " " + presence.composition().get(corner))
                .collect(Collectors.joining(" · ")));
        composition.setId("presence-composition");
        composition.getStyleClass().add(Styles.TITLE_4);
        composition.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setId("presence-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        grid.add(bold(i18n.tr("presence.member")), 0, 0);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd-MM-yy");
        for (int i = 0; i < presence.meetings().size(); i++) {
            grid.add(bold(day.format(presence.meetings().get(i))), i + 1, 0);
        }
        int row = 1;
        for (TeamPresence.Member member : presence.members()) {
            Label name = new Label(member.name() + (member.organization() == null ? "" : " · " + member.organization()));
            grid.add(name, 0, row);
            for (int i = 0; i < member.statuses().size(); i++) {
                grid.add(new Label(symbol(member.statuses().get(i), i18n)), i + 1, row);
            }
            if (member.absentThreeInARow()) {
                Label signal = new Label(i18n.tr("presence.dropOut"));
                signal.setId("presence-signal-" + row);
                signal.getStyleClass().addAll(Styles.WARNING, "presence-signal");
                grid.add(signal, presence.meetings().size() + 1, row);
                name.getStyleClass().add(Styles.WARNING);
            }
            row++;
        }
        Label legend = new Label(i18n.tr("presence.legend"));
        legend.getStyleClass().add(Styles.TEXT_MUTED);
        legend.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        VBox content = new VBox(12, composition, scroll, legend);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1000);
        getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static String symbol(AttendanceStatus status, Localization i18n) {
        return status == null ? "–" : i18n.tr("presence.status." + status.name());
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
