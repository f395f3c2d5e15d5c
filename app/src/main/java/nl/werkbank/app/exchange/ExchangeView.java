package nl.werkbank.app.exchange;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.exchange.Conflict;
import nl.werkbank.core.exchange.ImportResult;
import nl.werkbank.core.exchange.KindCounts;
import nl.werkbank.core.teams.Team;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Uitwisselen: a file for the coordinator (or from a facilitator), with a preview before anything changes. */
public final class ExchangeView implements Screen {

    private final ExchangeViewModel vm;
    private final Localization i18n;
    private final ScrollPane root;
    private final nl.werkbank.app.imports.AttendanceImportPane attendanceImport;

    public ExchangeView(ExchangeViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        this.attendanceImport = new nl.werkbank.app.imports.AttendanceImportPane(
                new nl.werkbank.app.imports.AttendanceImportViewModel(vm.ui()));
        Label title = new Label(i18n.tr("nav.exchange"));
        title.getStyleClass().add(Styles.TITLE_2);
        VBox content = new VBox(8, title, Forms.muted(wrapped(i18n.tr("exchange.explain"))),
                MasterDetail.section(i18n.tr("exchange.import.section")), importPart(),
                MasterDetail.section(i18n.tr("exchange.export.section")), exportPart(),
                MasterDetail.section(i18n.tr("exchange.conflicts.section")), conflictPart(),
                MasterDetail.section(i18n.tr("attendanceImport.section")), attendanceImport.node());
        content.setPadding(new Insets(20));
        content.setMaxWidth(1100);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    private Node exportPart() {
        ComboBox<Team> team = new ComboBox<>(vm.teams());
        team.setId("exchange-team");
        team.setPromptText(i18n.tr("exchange.export.everything"));
        team.setConverter(Forms.converter(t -> t == null ? i18n.tr("exchange.export.everything") : t.name()));
        team.valueProperty().bindBidirectional(vm.team());
        Button everything = new Button(i18n.tr("exchange.export.chooseEverything"));
        everything.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
        everything.visibleProperty().bind(vm.team().isNotNull());
        everything.setOnAction(event -> vm.team().set(null));
        CheckBox includePrivate = new CheckBox(i18n.tr("exchange.export.private"));
        includePrivate.setId("exchange-private");
        includePrivate.selectedProperty().bindBidirectional(vm.includePrivate());
        Label warning = wrapped(i18n.tr("exchange.privateWarning"));
        warning.getStyleClass().add(Styles.DANGER);
        warning.visibleProperty().bind(includePrivate.selectedProperty());
        warning.managedProperty().bind(includePrivate.selectedProperty());
        CheckBox withoutPassword = new CheckBox(i18n.tr("exchange.export.withoutPassword"));
        withoutPassword.setId("exchange-without-password");
        withoutPassword.selectedProperty().bindBidirectional(vm.withoutPassword());
        Label readable = wrapped(i18n.tr("exchange.export.readableWarning"));
        readable.getStyleClass().add(Styles.DANGER);
        readable.visibleProperty().bind(withoutPassword.selectedProperty());
        readable.managedProperty().bind(withoutPassword.selectedProperty());
        Button export = new Button(i18n.tr("exchange.export.button"), new FontIcon(Feather.UPLOAD));
        export.setId("exchange-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(event -> vm.chooseAndExport());
        Label result = wrapped("");
        result.setId("exchange-export-result");
        result.textProperty().bind(vm.exportResult());
        var grid = Forms.grid();
        Forms.row(grid, i18n.tr("exchange.export.scope"), new HBox(8, team, everything), new javafx.beans.property.SimpleStringProperty());
        return new VBox(8, grid, includePrivate, warning, withoutPassword, readable, export, result);
    }

    private Node importPart() {
        Button choose = new Button(i18n.tr("exchange.import.choose"), new FontIcon(Feather.DOWNLOAD));
        choose.setId("exchange-choose");
        choose.disableProperty().bind(vm.busy());
        choose.setOnAction(event -> vm.chooseAndPreview());
        Label message = wrapped("");
        message.setId("exchange-import-message");
        message.textProperty().bind(vm.importMessage());
        vm.importFailed().addListener((obs, was, failed) -> {
            message.getStyleClass().remove(Styles.DANGER);
            if (failed) {
                message.getStyleClass().add(Styles.DANGER);
            }
        });

        Label source = wrapped("");
        source.setId("exchange-source");
        TableView<Map.Entry<String, KindCounts>> table = previewTable();
        ListView<Conflict> previewConflicts = new ListView<>();
        previewConflicts.setPrefHeight(120);
        previewConflicts.setCellFactory(list -> conflictCell());
        Button apply = new Button(i18n.tr("exchange.import.apply"), new FontIcon(Feather.CHECK));
        apply.setId("exchange-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(vm.busy());
        apply.setOnAction(event -> vm.apply());
        Button cancel = new Button(i18n.tr("exchange.import.cancel"));
        cancel.disableProperty().bind(vm.busy());
        cancel.setOnAction(event -> vm.cancel());
        Label totals = new Label();
        totals.getStyleClass().add(Styles.TEXT_BOLD);
        Label conflictsTitle = new Label(i18n.tr("exchange.preview.conflicts"));
        // What the file removes here, cascades included: said before the import button is pressed, and asked again then.
        Label removals = new Label();
        removals.setId("exchange-removals");
        removals.setWrapText(true);
        removals.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        removals.managedProperty().bind(removals.visibleProperty());
        HBox decide = new HBox(12, apply, cancel, totals);
        decide.setAlignment(Pos.CENTER_LEFT);
        VBox previewBox = new VBox(8, source, removals, decide, table, conflictsTitle, previewConflicts);
        previewBox.setId("exchange-preview");
        previewBox.visibleProperty().bind(vm.previewResult().isNotNull());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        vm.previewResult().addListener((obs, old, result) -> {
            if (result == null) {
                table.getItems().clear();
                previewConflicts.getItems().clear();
                return;
            }
            source.setText(vm.texts().source(result) + (result.privateRoundsIncluded() ? " " + i18n.tr("exchange.preview.private") : ""));
            table.getItems().setAll(result.counts().entrySet().stream().filter(e -> e.getValue().total() + e.getValue().deleted() > 0).toList());
            table.setPrefHeight(Math.min(420, 40 + 36 * Math.max(1, table.getItems().size())));
            totals.setText(vm.texts().totals(result));
            removals.setText(vm.texts().removals(result));
            removals.setVisible(!result.removals().isEmpty());
            previewConflicts.getItems().setAll(result.conflicts());
            boolean anyConflict = !result.conflicts().isEmpty();
            conflictsTitle.setVisible(anyConflict);
            conflictsTitle.setManaged(anyConflict);
            previewConflicts.setVisible(anyConflict);
            previewConflicts.setManaged(anyConflict);
        });
        // Reading, checking and importing a big file takes seconds: a bar beside the message says how far, and it can be stopped.
        HBox status = new HBox(8, nl.werkbank.app.fx.JobStatus.besideMessage(vm.job(), i18n, "exchange"), message);
        status.setAlignment(Pos.CENTER_LEFT);
        status.managedProperty().bind(vm.busy().or(vm.importMessage().isNotEmpty()));
        status.visibleProperty().bind(status.managedProperty());
        return new VBox(8, Forms.muted(wrapped(i18n.tr("exchange.import.explain"))), choose, status, previewBox);
    }

    private TableView<Map.Entry<String, KindCounts>> previewTable() {
        TableView<Map.Entry<String, KindCounts>> table = new TableView<>();
        table.setId("exchange-preview-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Map.Entry<String, KindCounts>, String> kind = new TableColumn<>(i18n.tr("exchange.column.kind"));
        kind.setCellValueFactory(cell -> new ReadOnlyStringWrapper(vm.texts().kind(cell.getValue().getKey())));
        kind.setPrefWidth(220);
        table.getColumns().add(kind);
        addCount(table, "exchange.column.added", KindCounts::added);
        addCount(table, "exchange.column.updated", KindCounts::updated);
        addCount(table, "exchange.column.unchanged", KindCounts::unchanged);
        addCount(table, "exchange.column.older", KindCounts::older);
        addCount(table, "exchange.column.conflicts", KindCounts::conflicts);
        addCount(table, "exchange.column.deleted", KindCounts::deleted);
        addCount(table, "exchange.column.skipped", KindCounts::skippedDeleted);
        return table;
    }

    private void addCount(TableView<Map.Entry<String, KindCounts>> table, String key, ToIntFunction<KindCounts> part) {
        TableColumn<Map.Entry<String, KindCounts>, Integer> column = new TableColumn<>(i18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(part.applyAsInt(cell.getValue().getValue())));
        // Numbers stay numbers (sorting), shown with thousands grouped: 250.000 presentieregels.
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                setText(empty || count == null ? null : i18n.count(count));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(95);
        table.getColumns().add(column);
    }

    private Node conflictPart() {
        ListView<Conflict> list = new ListView<>(vm.conflicts());
        list.setId("exchange-conflicts");
        list.setPrefHeight(160);
        list.setCellFactory(view -> conflictCell());
        list.setPlaceholder(new Label(i18n.tr("exchange.conflicts.none")));
        Button takeOther = new Button(i18n.tr("exchange.conflicts.takeOther"));
        takeOther.setId("exchange-take-other");
        takeOther.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        takeOther.setOnAction(event -> vm.takeOther(list.getSelectionModel().getSelectedItem()));
        Button keep = new Button(i18n.tr("exchange.conflicts.keep"));
        keep.setId("exchange-keep");
        keep.disableProperty().bind(takeOther.disableProperty());
        keep.setOnAction(event -> vm.keep(list.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, takeOther, keep);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, Forms.muted(wrapped(i18n.tr("exchange.conflicts.explain"))), buttons, list);
    }

    private ListCell<Conflict> conflictCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Conflict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.texts().conflict(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** Opens a file straight into the preview (a double-clicked exchange file, or a test). */
    public void preview(Path file) {
        vm.preview(file);
    }

    @Override
    public void shown() {
        vm.load();
        attendanceImport.shown();
    }

    @Override
    public Node node() {
        return root;
    }
}
