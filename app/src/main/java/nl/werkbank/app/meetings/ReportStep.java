package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Step 8, Verslag: the workbook for those who were absent, without private round entries. The file name is
 * proposed in the documents folder, so Enter saves it; "Kies…" picks another place.
 */
final class ReportStep implements StepView {

    private final MeetingViewModel vm;
    private final TextField path = new TextField();
    private final Label written = new Label();
    private final VBox root;

    ReportStep(MeetingViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        Label title = new Label(i18n.tr("step.REPORT"));
        title.getStyleClass().add(Styles.TITLE_3);
        path.setId("minutes-path");
        HBox.setHgrow(path, Priority.ALWAYS);
        path.setOnAction(event -> save());
        Button choose = new Button(i18n.tr("minutes.choose"), new FontIcon(Feather.FOLDER));
        choose.setId("minutes-choose");
        choose.setOnAction(event -> choose());
        Button export = new Button(i18n.tr("minutes.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("minutes-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(event -> save());
        Label pathLabel = new Label(i18n.tr("minutes.path"));
        pathLabel.setLabelFor(path);
        pathLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox line = new HBox(8, pathLabel, path, choose, export);
        line.setAlignment(Pos.CENTER_LEFT);
        written.setId("minutes-written");
        written.textProperty().bind(vm.documents().minutesWritten());
        written.setWrapText(true);
        written.getStyleClass().add(Styles.SUCCESS);
        root = new VBox(12, title, Forms.muted(new Label(i18n.tr("minutes.explain"))), line, written);
        ((Label) root.getChildren().get(1)).setWrapText(true);
        root.setPadding(new Insets(12, 16, 12, 16));
    }

    private void choose() {
        vm.documents().chooseMinutesFile(Path.of(path.getText().strip())).ifPresent(file -> {
            path.setText(file.toString());
            vm.documents().writeMinutes(file);
        });
    }

    private void save() {
        String typed = path.getText() == null ? "" : path.getText().strip();
        if (typed.isEmpty()) {
            path.setText(vm.documents().proposedMinutesFile().toString());
            return;
        }
        Path target = Path.of(typed);
        vm.documents().writeMinutes(target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? target
                : target.resolveSibling(target.getFileName() + ".xlsx"));
    }

    @Override
    public void shown() {
        if (path.getText() == null || path.getText().isBlank()) {
            path.setText(vm.documents().proposedMinutesFile().toString());
        }
        nl.werkbank.app.fx.Focus.on(path, root);
        Platform.runLater(path::end);
    }

    @Override
    public Node node() {
        return root;
    }
}
