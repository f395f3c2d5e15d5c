package nl.werkbank.app.reports;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.werkbank.app.activity.ActivityPane;
import nl.werkbank.app.activity.ActivityViewModel;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.FrozenFirstColumn;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Rapportages: period on top (◂ 2022-H1 ▸), a table of organisations with the Overig breakdown, the
 * reconciliation always visible, charts beside it, exports. Double-click a row for the lines behind it.
 */
public final class ReportsView implements Screen {

    private enum Kind { HALF_YEAR, YEAR, SCHOOL_YEAR, RANGE }

    private final ReportsViewModel vm;
    private final Localization i18n;
    private final BorderPane root;
    private final BarChart<Number, String> perOrganisation = chart();
    private final BarChart<Number, String> perTeam = chart();
    private TableView<ReportsViewModel.Row> table;

    public ReportsView(ReportsViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        Label title = new Label(i18n.tr("nav.reports"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label reconciliation = new Label();
        reconciliation.setId("reports-reconciliation");
        reconciliation.getStyleClass().addAll(Styles.TITLE_4);
        reconciliation.textProperty().bind(vm.reconciliation());

        Label issued = Forms.muted(new Label());
        issued.setId("reports-issued");
        issued.textProperty().bind(vm.issuedSummary());
        VBox top = new VBox(8, new HBox(12, title), periodPicker());
        top.setPadding(new Insets(16, 20, 8, 20));
        SplitPane split = new SplitPane(table(), charts());
        split.setDividerPositions(0.7);
        BorderPane hours = new BorderPane(split);
        VBox sums = new VBox(4, reconciliation, issued);
        sums.setPadding(new Insets(8, 0, 8, 0));
        hours.setTop(sums);
        hours.setBottom(actions());
        // Two reports of the same period: the hours (in kind and in cash) and the activities (content).
        Tab hoursTab = new Tab(i18n.tr("reports.tab.hours"), hours);
        hoursTab.setId("reports-tab-hours");
        ActivityViewModel activity = new ActivityViewModel(vm.ui());
        Tab activityTab = new Tab(i18n.tr("reports.tab.activities"), new ActivityPane(activity).node());
        activityTab.setId("reports-tab-activities");
        TabPane center = new TabPane(hoursTab, activityTab);
        center.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        activityTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                activity.load(vm.period().get());
            }
        });
        vm.period().addListener((obs, old, period) -> {
            if (activityTab.isSelected() && period != null) {
                activity.load(period);
            }
        });
        root = new BorderPane(center);
        root.setTop(top);
        root.setId("reports-screen");
        BorderPane.setMargin(center, new Insets(0, 20, 0, 20));
        vm.overview().addListener((obs, old, now) -> fillCharts(now));
        // Alt+← / Alt+→ step a period back or forward from anywhere on the screen.
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && (event.getCode() == javafx.scene.input.KeyCode.LEFT
                    || event.getCode() == javafx.scene.input.KeyCode.RIGHT)) {
                vm.shift(event.getCode() == javafx.scene.input.KeyCode.LEFT ? -1 : 1);
                event.consume();
            }
        });
    }

    private Node periodPicker() {
        Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        previous.setAccessibleText(i18n.tr("reports.previous"));
        previous.setId("reports-previous");
        previous.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("reports.previous") + " (Alt+←)"));
        previous.setOnAction(event -> vm.shift(-1));
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setAccessibleText(i18n.tr("reports.next"));
        next.setId("reports-next");
        next.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("reports.next") + " (Alt+→)"));
        next.setOnAction(event -> vm.shift(1));
        Label label = new Label();
        label.setId("reports-period");
        label.getStyleClass().add(Styles.TITLE_3);
        label.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.period().get()), vm.period()));
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Kind.values());
        kind.setConverter(Forms.converter(k -> i18n.tr("reports.kind." + k.name())));
        kind.setValue(Kind.HALF_YEAR);
        DateInput from = new DateInput(i18n);
        DateInput to = new DateInput(i18n);
        Button apply = new Button(i18n.tr("reports.apply"));
        HBox range = new HBox(8, from.picker(), new Label("–"), to.picker(), apply);
        range.setAlignment(Pos.CENTER_LEFT);
        range.visibleProperty().bind(kind.valueProperty().isEqualTo(Kind.RANGE));
        range.managedProperty().bind(range.visibleProperty());
        apply.setOnAction(event -> {
            from.commitTypedText();
            to.commitTypedText();
            if (from.value().get() != null && to.value().get() != null && !to.value().get().isBefore(from.value().get())) {
                vm.period().set(Period.range(from.value().get(), to.value().get()));
            } else {
                vm.ui().dialogs().showError(i18n.tr("error.title"), i18n.tr("error.period.invalid"));
            }
        });
        kind.valueProperty().addListener((obs, old, now) -> {
            int year = vm.period().get().from().getYear();
            switch (now) {
                case HALF_YEAR -> vm.period().set(Period.halfYear(year, vm.period().get().from().getMonthValue() >= 7 ? 2 : 1));
                case YEAR -> vm.period().set(Period.year(year));
                case SCHOOL_YEAR -> vm.period().set(Period.schoolYear(vm.period().get().from().getMonthValue() >= 8 ? year : year - 1));
                case RANGE -> {
                    from.value().set(vm.period().get().from());
                    to.value().set(vm.period().get().to());
                }
            }
        });
        previous.disableProperty().bind(kind.valueProperty().isEqualTo(Kind.RANGE));
        next.disableProperty().bind(kind.valueProperty().isEqualTo(Kind.RANGE));
        ComboBox<Period> jump = new ComboBox<>(vm.halfYears());
        jump.setId("reports-jump");
        jump.setPromptText(i18n.tr("reports.jump"));
        jump.setAccessibleText(i18n.tr("reports.jump"));
        jump.setConverter(Forms.converter(p -> p == null ? "" : p.label()));
        jump.setOnAction(event -> {
            Period target = jump.getValue();
            if (target != null) {
                kind.setValue(Kind.HALF_YEAR);
                vm.period().set(target);
                javafx.application.Platform.runLater(() -> jump.getSelectionModel().clearSelection());
            }
        });
        HBox box = new HBox(8, previous, label, next, kind, range, jump);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private String describe(Period period) {
        return i18n.tr("reports.periodLabel", period.label(), i18n.date(period.from()), i18n.date(period.to()));
    }

    private Node table() {
        TableView<ReportsViewModel.Row> table = Tables.table(i18n.tr("reports.none"));
        table.setId("reports-table");
        Tables.column(table, i18n.tr("report.col.organization"), row -> (row.part() ? "    " : "") + row.label(), 290);
        hours(table, "report.col.total", OrganizationHours::totalHours);
        Tables.column(table, i18n.tr("reports.col.committed"), vm::committedText, 150).setStyle("-fx-alignment: CENTER-RIGHT;");
        Tables.column(table, i18n.tr("reports.col.issued"), vm::issuedText, 160);
        Tables.column(table, i18n.tr("reports.col.difference"), vm::differenceText, 100);
        hours(table, "report.col.meetingHours", OrganizationHours::meetingHours);
        hours(table, "report.col.preparation", OrganizationHours::preparationHours);
        hours(table, "report.col.travel", OrganizationHours::travelHours);
        Tables.column(table, i18n.tr("report.col.people"), row -> Long.toString(row.hours().people()), 90);
        Tables.column(table, i18n.tr("report.col.meetings"), row -> Long.toString(row.hours().meetings()), 120);
        Tables.column(table, i18n.tr("report.col.status"), row -> row.part() ? "" : i18n.tr(row.hours().partner()
                ? "report.status.partner" : "report.status.overig"), 120);
        Tables.column(table, i18n.tr("report.col.value"), row -> i18n.euros(row.hours().valueEuros()), 120);
        Tables.column(table, i18n.tr("report.col.cash"), row -> row.hours().cash().signum() == 0 ? ""
                : i18n.euros(row.hours().cash()), 150);
        table.setItems(vm.rows());
        // Keep every column readable; scroll sideways on a small screen rather than cut numbers off.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportsViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("part"), !empty && item != null && item.part());
            }
        });
        Tables.onOpen(table, row -> new LinesDialog(vm, row).show());
        this.table = table;
        // The organisation stays in view while the numbers scroll sideways on a smaller screen.
        Node both = FrozenFirstColumn.of(table, "reports-names", row -> new LinesDialog(vm, row).show());
        VBox box = new VBox(6, both, Forms.muted(new Label(i18n.tr("reports.drillDown") + " " + i18n.tr("reports.rulesNote"))));
        VBox.setVgrow(both, Priority.ALWAYS);
        return box;
    }

    private void hours(TableView<ReportsViewModel.Row> table, String key, Function<OrganizationHours, BigDecimal> value) {
        Tables.column(table, i18n.tr(key), row -> i18n.hoursExact(value.apply(row.hours())), 135)
                .setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    private Node charts() {
        perOrganisation.setId("reports-chart-organisations");
        perTeam.setId("reports-chart-teams");
        TabPane tabs = new TabPane(new Tab(i18n.tr("reports.chart.organisations"), perOrganisation),
                new Tab(i18n.tr("reports.chart.teams"), perTeam));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static BarChart<Number, String> chart() {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setMinWidth(260);
        return chart;
    }

    /** Both charts from the overview just loaded (never from rows of an earlier load). */
    private void fillCharts(HoursOverview overview) {
        XYChart.Series<Number, String> organisations = new XYChart.Series<>();
        // Bars are drawn bottom-up: add in reverse so the chart reads in the table's order.
        vm.hoursPerOrganisation(overview).forEach((name, hours) -> organisations.getData().add(0, new XYChart.Data<>(hours, name)));
        perOrganisation.getData().setAll(java.util.List.of(organisations));
        XYChart.Series<Number, String> teams = new XYChart.Series<>();
        vm.hoursPerTeam(overview).forEach((team, hours) -> teams.getData().add(new XYChart.Data<>(hours, team)));
        perTeam.getData().setAll(java.util.List.of(teams));
    }

    private Node actions() {
        Button workbook = new Button(i18n.tr("reports.export"), new FontIcon(Feather.DOWNLOAD));
        workbook.setId("reports-export");
        workbook.getStyleClass().add(Styles.ACCENT);
        workbook.disableProperty().bind(vm.overview().isNull());
        workbook.setOnAction(event -> vm.chooseAndExportWorkbook());
        Button perOrganisationFiles = new Button(i18n.tr("reports.exportPerOrganisation"), new FontIcon(Feather.FOLDER));
        perOrganisationFiles.disableProperty().bind(vm.overview().isNull());
        perOrganisationFiles.setOnAction(event -> vm.chooseFolderAndExportPerOrganisation());
        Button issue = Tables.rowButton(table, Feather.SEND, i18n.tr("reports.issue"), vm::issue);
        issue.setId("reports-issue");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button button : new Button[] {issue, perOrganisationFiles, workbook}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox box = new HBox(8, spacer, issue, perOrganisationFiles, workbook);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 20, 12, 20));
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.reload();
        // Keys work at once: the table has focus (Enter opens a row, Alt+←/→ changes the period).
        javafx.application.Platform.runLater(table::requestFocus);
    }
}
