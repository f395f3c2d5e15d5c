package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** Step 8, Verslag: the workbook for those who were absent, without private round entries. */
final class ReportStep implements StepView {

    private final MeetingViewModel vm;
    private final VBox root;

    ReportStep(MeetingViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        Label title = new Label(i18n.tr("step.REPORT"));
        title.getStyleClass().add(Styles.TITLE_3);
        Button export = new Button(i18n.tr("minutes.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("minutes-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.tr("minutes.export"));
            chooser.setInitialFileName(vm.fileName("minutes.fileName"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.tr("paper.filter"), "*.xlsx"));
            File file = chooser.showSaveDialog(vm.ui().window().get());
            if (file != null) {
                write(file.toPath());
            }
        });
        root = new VBox(12, title, Forms.muted(new Label(i18n.tr("minutes.explain"))), export);
        root.setPadding(new Insets(12, 16, 12, 16));
    }

    /** Collects and writes the verslag in the background; the file appears only when it is complete. */
    void write(Path target) {
        Localization i18n = vm.ui().i18n();
        vm.ui().saveStatus().saving();
        BackgroundTask.wrap(() -> MinutesWorkbook.write(target, MeetingMinutes.collect(vm.ui().werkbank(), vm.meetingId()),
                        new ReportLabels(i18n::tr)))
                .onSuccess(file -> vm.ui().dialogs().showInfo(i18n.tr("minutes.export"), i18n.tr("minutes.written", file.toString())))
                .onFinished(() -> vm.ui().saveStatus().saved())
                .onFailure(e -> vm.ui().dialogs().showError(i18n.tr("minutes.failed.title"),
                        i18n.tr("minutes.failed", target.toString(), ErrorMessages.describe(e, i18n))))
                .executeWith(vm.ui().executor());
    }

    @Override
    public Node node() {
        return root;
    }
}
