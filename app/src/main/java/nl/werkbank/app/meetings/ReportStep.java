package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Files;
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
import javafx.stage.FileChooser;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.report.MeetingMinutes;
import nl.werkbank.core.report.MinutesWorkbook;
import nl.werkbank.core.report.ReportLabels;
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
        written.setWrapText(true);
        written.getStyleClass().add(Styles.SUCCESS);
        root = new VBox(12, title, Forms.muted(new Label(i18n.tr("minutes.explain"))), line, written);
        ((Label) root.getChildren().get(1)).setWrapText(true);
        root.setPadding(new Insets(12, 16, 12, 16));
    }

    private void choose() {
        Localization i18n = vm.ui().i18n();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.tr("minutes.export"));
        Path proposed = Path.of(path.getText().strip());
        if (proposed.getParent() != null && Files.isDirectory(proposed.getParent())) {
            chooser.setInitialDirectory(proposed.getParent().toFile());
        }
        chooser.setInitialFileName(proposed.getFileName() == null ? vm.fileName("minutes.fileName") : proposed.getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.tr("paper.filter"), "*.xlsx"));
        File file = chooser.showSaveDialog(vm.ui().window().get());
        if (file != null) {
            path.setText(file.getPath());
            write(file.toPath());
        }
    }

    private void save() {
        String typed = path.getText() == null ? "" : path.getText().strip();
        if (typed.isEmpty()) {
            path.setText(proposal().toString());
            return;
        }
        Path target = Path.of(typed);
        write(target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? target
                : target.resolveSibling(target.getFileName() + ".xlsx"));
    }

    /** Collects and writes the verslag in the background; the file appears only when it is complete. */
    void write(Path target) {
        Localization i18n = vm.ui().i18n();
        written.setText("");
        vm.ui().saveStatus().saving();
        BackgroundTask.wrap(() -> MinutesWorkbook.write(target, MeetingMinutes.collect(vm.ui().werkbank(), vm.meetingId()),
                        new ReportLabels(i18n::tr)))
                .onSuccess(file -> written.setText(i18n.tr("minutes.written", file.toString())))
                .onFinished(() -> vm.ui().saveStatus().saved())
                .onFailure(e -> vm.ui().dialogs().showError(i18n.tr("minutes.failed.title"),
                        i18n.tr("minutes.failed", target.toString(), ErrorMessages.describe(e, i18n))))
                .executeWith(vm.ui().executor());
    }

    /** The documents folder when there is one (also "Documenten" on a Dutch desktop), else the home folder. */
    private Path proposal() {
        Path home = Path.of(System.getProperty("user.home"));
        Path folder = home;
        for (String name : new String[] {"Documenten", "Documents"}) {
            if (Files.isDirectory(home.resolve(name))) {
                folder = home.resolve(name);
                break;
            }
        }
        return folder.resolve(vm.fileName("minutes.fileName"));
    }

    @Override
    public void shown() {
        if (path.getText() == null || path.getText().isBlank()) {
            path.setText(proposal().toString());
        }
        nl.werkbank.app.fx.Focus.on(path, root);
        Platform.runLater(path::end);
    }

    @Override
    public Node node() {
        return root;
    }
}
