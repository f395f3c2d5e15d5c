package nl.werkbank.app.reports;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.fx.Theme;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.hours.HoursLine;

/** Drill-down: the attendance lines (and headcounts) behind one number of the overview. */
final class LinesDialog extends Dialog<Void> {

    LinesDialog(ReportsViewModel vm, ReportsViewModel.Row row) {
        Localization i18n = vm.ui().i18n();
        initOwner(vm.ui().window().get());
        setTitle(i18n.tr("reports.lines.title", row.label()));
        setHeaderText(i18n.tr("reports.lines.header", row.label(), i18n.hoursExact(row.hours().totalHours())));
        setResizable(true);
        TableView<HoursLine> table = Tables.table(i18n.tr("reports.lines.none"));
        table.setId("reports-lines");
        ReportTexts texts = vm.texts();
        Tables.column(table, i18n.tr("report.col.date"), line -> i18n.date(line.date()), 95);
        Tables.column(table, i18n.tr("report.col.team"), line -> line.teamName() == null ? "" : line.teamName(), 150);
        Tables.column(table, i18n.tr("report.col.meeting"), line -> line.meetingTitle() != null ? line.meetingTitle()
                : texts.meetingType(line), 170);
        Tables.column(table, i18n.tr("report.col.person"), texts::person, 170);
        Tables.column(table, i18n.tr("report.col.organization"), line -> line.organizationName() == null ? "" : line.organizationName(), 170);
        Tables.column(table, i18n.tr("report.col.status"), texts::status, 100);
        Tables.column(table, i18n.tr("report.col.meetingHours"), line -> i18n.hoursExact(line.meetingHours()), 90);
        Tables.column(table, i18n.tr("report.col.preparation"), line -> i18n.hoursExact(line.preparationHours()), 90);
        Tables.column(table, i18n.tr("report.col.total"), line -> i18n.hoursExact(line.totalHours()), 80);
        table.getItems().setAll(vm.linesOf(row));
        // Every column on screen, hours included: the columns share the width, and the dialog takes most of the window.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var owner = vm.ui().window().get();
        double width = owner == null ? 1180 : Math.max(760, owner.getWidth() - 60);
        double height = owner == null ? 560 : Math.max(360, owner.getHeight() - 220);
        table.setPrefSize(width - 40, height);
        getDialogPane().setPrefWidth(width);
        getDialogPane().setMinWidth(Math.min(width, 1180));
        getDialogPane().setContent(table);
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.apply(getDialogPane());
    }
}
