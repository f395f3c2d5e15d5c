package nl.werkbank.app.imports;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.JobStatus;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.fx.TimeText;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.imports.ColumnRole;
import nl.werkbank.core.imports.DateOrder;
import nl.werkbank.core.imports.ImportBatch;
import nl.werkbank.core.imports.ImportMapping;
import nl.werkbank.core.imports.ImportPreview;
import nl.werkbank.core.imports.Layout;
import nl.werkbank.core.imports.MeetingPreview;
import nl.werkbank.core.imports.NamePreview;
import nl.werkbank.core.imports.SheetRow;
import nl.werkbank.core.teams.Team;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Presentielijsten part of Uitwisselen: team and file, the mapping step (layout, header row, date notation,
 * times, what each column holds, over the file's first rows), the preview per meeting with the names to confirm,
 * and the imports done so far with Import ongedaan maken.
 */
public final class AttendanceImportPane {

    private final AttendanceImportViewModel vm;
    private final Localization i18n;
    private final VBox root;
    private final MappingStep mappingStep;

    public AttendanceImportPane(AttendanceImportViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        this.mappingStep = new MappingStep(vm);
        // The choices and the outcome stay together above the file's rows, so Importeren is in view without scrolling.
        root = new VBox(8, Forms.muted(new Label(i18n.tr("attendanceImport.explain"))), chooser(), status(), mappingStep.node(),
                previewPart(), mappingStep.columnsNode(), batchesPart());
    }

    public Node node() {
        return root;
    }

    public void shown() {
        vm.load();
    }

    private Node chooser() {
        ComboBox<Team> team = new ComboBox<>(vm.teams());
        team.setId("attendance-import-team");
        team.setPromptText(i18n.tr("attendanceImport.team.prompt"));
        team.setConverter(Forms.converter(t -> t == null ? "" : t.name()));
        team.valueProperty().bindBidirectional(vm.team());
        Button choose = new Button(i18n.tr("attendanceImport.choose"), new FontIcon(Feather.FILE_PLUS));
        choose.setId("attendance-import-choose");
        choose.disableProperty().bind(vm.busy());
        choose.setOnAction(event -> vm.chooseFile());
        Label teamLabel = new Label(i18n.tr("attendanceImport.team"));
        teamLabel.setLabelFor(team);
        HBox box = new HBox(8, teamLabel, team, choose);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node status() {
        Label message = new Label();
        message.setId("attendance-import-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());
        vm.failed().addListener((obs, was, failed) -> {
            message.getStyleClass().remove(Styles.DANGER);
            if (failed) {
                message.getStyleClass().add(Styles.DANGER);
            }
        });
        HBox status = new HBox(8, JobStatus.besideMessage(vm.job(), i18n, "attendance-import"), message);
        status.setAlignment(Pos.CENTER_LEFT);
        status.managedProperty().bind(vm.busy().or(vm.message().isNotEmpty()));
        status.visibleProperty().bind(status.managedProperty());
        return status;
    }

    private Node previewPart() {
        TableView<MeetingPreview> meetings = Tables.table(i18n.tr("attendanceImport.noMeetings"));
        meetings.setId("attendance-import-meetings");
        Tables.column(meetings, i18n.tr("attendanceImport.column.date"), m -> i18n.date(m.date()), 110);
        Tables.column(meetings, i18n.tr("attendanceImport.column.times"), m -> TimeText.format(m.start()) + "–" + TimeText.format(m.end())
                + (m.timesFromFile() || m.existing() ? "" : " *"), 110);
        Tables.column(meetings, i18n.tr("attendanceImport.column.meeting"),
                m -> i18n.tr(m.existing() ? "attendanceImport.meeting.existing" : "attendanceImport.meeting.new"), 240);
        Tables.column(meetings, i18n.tr("attendanceImport.column.added"), m -> i18n.count(m.added()), 80);
        Tables.column(meetings, i18n.tr("attendanceImport.column.changed"), m -> i18n.count(m.changed()), 90);
        Tables.column(meetings, i18n.tr("attendanceImport.column.same"), m -> i18n.count(m.same()), 80);
        Tables.column(meetings, i18n.tr("attendanceImport.column.sheet"), MeetingPreview::sheet, 120);
        Label timesNote = Forms.muted(new Label(i18n.tr("attendanceImport.timesNote")));
        VBox names = new VBox(4);
        names.setId("attendance-import-names");
        VBox problems = new VBox(4);
        problems.setId("attendance-import-problems");
        Label totals = new Label();
        totals.setId("attendance-import-totals");
        totals.getStyleClass().add(Styles.TEXT_BOLD);
        Button apply = new Button(i18n.tr("attendanceImport.apply"), new FontIcon(Feather.CHECK));
        apply.setId("attendance-import-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(vm.busy().or(vm.failed()));
        apply.setOnAction(event -> vm.apply());
        Button cancel = new Button(i18n.tr("attendanceImport.cancel"));
        cancel.setId("attendance-import-cancel");
        cancel.setOnAction(event -> vm.cancel());
        HBox decide = new HBox(12, apply, cancel, totals);
        decide.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, problems, decide, meetings, timesNote, names);
        box.setId("attendance-import-preview");
        box.visibleProperty().bind(vm.preview().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        vm.preview().addListener((obs, old, preview) -> {
            meetings.getItems().setAll(preview == null ? List.of() : preview.meetings());
            meetings.setPrefHeight(Math.min(360, 40 + 34 * Math.max(1, meetings.getItems().size())));
            problems.getChildren().setAll(preview == null ? List.of() : problemLabels(preview));
            names.getChildren().setAll(preview == null ? List.of() : nameRows(preview));
            totals.setText(preview == null || !preview.readable() ? "" : vm.texts().totals(preview));
            meetings.setVisible(preview != null && preview.readable());
            meetings.setManaged(meetings.isVisible());
            timesNote.setVisible(preview != null && preview.meetings().stream().anyMatch(m -> !m.timesFromFile() && !m.existing()));
            timesNote.setManaged(timesNote.isVisible());
        });
        return box;
    }

    private List<Node> problemLabels(ImportPreview preview) {
        List<Node> labels = new java.util.ArrayList<>();
        preview.problems().forEach(p -> {
            Label label = new Label(vm.texts().problem(p));
            label.setWrapText(true);
            label.getStyleClass().add(Styles.DANGER);
            labels.add(label);
        });
        if (preview.problemCount() > preview.problems().size()) {
            labels.add(new Label(i18n.tr("attendanceImport.moreProblems", preview.problemCount() - preview.problems().size())));
        }
        return labels;
    }

    /** New names are listed; a similar one gets a tick "is the same person" (on unless the user said otherwise). */
    private List<Node> nameRows(ImportPreview preview) {
        List<Node> rows = new java.util.ArrayList<>();
        List<NamePreview> people = preview.people().stream().filter(p -> p.kind() != NamePreview.Kind.EXISTING).toList();
        List<NamePreview> organizations = preview.organizations().stream().filter(p -> p.kind() != NamePreview.Kind.EXISTING).toList();
        if (!people.isEmpty()) {
            rows.add(sectionLabel(i18n.tr("attendanceImport.people", preview.people().size() - people.size(), people.size())));
            people.forEach(p -> rows.add(nameRow(p, true)));
        }
        if (!organizations.isEmpty()) {
            rows.add(sectionLabel(i18n.tr("attendanceImport.organizations", preview.organizations().size() - organizations.size(),
                    organizations.size())));
            organizations.forEach(o -> rows.add(nameRow(o, false)));
        }
        return rows;
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private Node nameRow(NamePreview name, boolean person) {
        if (name.kind() == NamePreview.Kind.SIMILAR && person) {
            CheckBox same = new CheckBox(i18n.tr("attendanceImport.samePerson", name.name(), name.match(), name.firstSeen()));
            same.setId("attendance-import-same-" + name.firstSeen().replaceAll("[^A-Za-z0-9]", "-"));
            same.setSelected(!vm.rejected().contains(name.name()));
            same.selectedProperty().addListener((obs, was, now) -> vm.setSamePerson(name.name(), now));
            return same;
        }
        Label label = new Label(vm.texts().name(name));
        label.setWrapText(true);
        return label;
    }

    private Node batchesPart() {
        TableView<ImportBatch> table = Tables.table(i18n.tr("attendanceImport.batches.none"));
        table.setId("attendance-import-batches");
        table.setItems(vm.batches());
        Tables.column(table, i18n.tr("attendanceImport.column.file"), ImportBatch::fileName, 220);
        Tables.column(table, i18n.tr("attendanceImport.column.team"), b -> b.teamName() == null ? "" : b.teamName(), 180);
        Tables.column(table, i18n.tr("attendanceImport.column.importedAt"), b -> i18n.dateTime(b.importedAt()), 140);
        Tables.column(table, i18n.tr("attendanceImport.column.meetings"), b -> i18n.count(b.meetings()), 130);
        Tables.column(table, i18n.tr("attendanceImport.column.lines"), b -> i18n.count(b.lines()), 80);
        Tables.column(table, i18n.tr("attendanceImport.column.status"), b -> b.undoneAt() == null ? ""
                : i18n.tr("attendanceImport.undoneAt", i18n.dateTime(b.undoneAt())), 180);
        table.setPrefHeight(180);
        Button undo = new Button(i18n.tr("attendanceImport.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("attendance-import-undo");
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ImportBatch selected = table.getSelectionModel().getSelectedItem();
            return selected == null || selected.undoneAt() != null;
        }, table.getSelectionModel().selectedItemProperty()));
        undo.setOnAction(event -> vm.undo(table.getSelectionModel().getSelectedItem()));
        return new VBox(8, sectionLabel(i18n.tr("attendanceImport.batches")), table, undo);
    }

    /** Layout, header row, date notation, times, and a role per column over the first rows of the file. */
    private static final class MappingStep {

        private final AttendanceImportViewModel vm;
        private final Localization i18n;
        private final VBox box;
        private final javafx.scene.control.TitledPane columns;
        private final TableView<SheetRow> sample = new TableView<>();
        private final Label readAs = new Label();
        private final ComboBox<Layout> layout = new ComboBox<>();
        private final Spinner<Integer> headerRow = new Spinner<>(1, 200, 1);
        private final ComboBox<DateOrder> dateOrder = new ComboBox<>();
        private final TextField start = new TextField();
        private final TextField end = new TextField();
        private boolean updating;

        MappingStep(AttendanceImportViewModel vm) {
            this.vm = vm;
            this.i18n = vm.ui().i18n();
            readAs.setId("attendance-import-read-as");
            readAs.setWrapText(true);
            layout.setId("attendance-import-layout");
            layout.getItems().setAll(Layout.values());
            layout.setConverter(Forms.converter(l -> l == null ? "" : i18n.tr("attendanceImport.layout." + l.name().toLowerCase(java.util.Locale.ROOT))));
            headerRow.setId("attendance-import-header-row");
            headerRow.setEditable(true);
            headerRow.setPrefWidth(90);
            dateOrder.setId("attendance-import-date-order");
            dateOrder.getItems().setAll(DateOrder.values());
            dateOrder.setConverter(Forms.converter(d -> d == null ? "" : i18n.tr("attendanceImport.dateOrder." + d.name())));
            start.setId("attendance-import-start");
            end.setId("attendance-import-end");
            start.setPrefColumnCount(5);
            end.setPrefColumnCount(5);
            sample.setId("attendance-import-sample");
            sample.setItems(vm.sample());
            sample.setPrefHeight(330);
            sample.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            var grid = Forms.grid();
            Forms.row(grid, i18n.tr("attendanceImport.layout"), layout, new SimpleStringProperty());
            Forms.row(grid, i18n.tr("attendanceImport.headerRowLabel"), headerRow, new SimpleStringProperty());
            Forms.row(grid, i18n.tr("attendanceImport.dateOrder"), dateOrder, new SimpleStringProperty());
            HBox times = new HBox(6, start, new Label("–"), end, Forms.muted(new Label(i18n.tr("attendanceImport.times.explain"))));
            times.setAlignment(Pos.CENTER_LEFT);
            Forms.row(grid, i18n.tr("attendanceImport.times"), times, new SimpleStringProperty());
            box = new VBox(8, readAs, grid);
            box.setId("attendance-import-mapping");
            box.visibleProperty().bind(vm.file().isNotNull());
            box.managedProperty().bind(box.visibleProperty());
            columns = new javafx.scene.control.TitledPane(i18n.tr("attendanceImport.columns"),
                    new VBox(8, Forms.muted(new Label(i18n.tr("attendanceImport.columns.explain"))), sample));
            columns.setId("attendance-import-columns");
            columns.visibleProperty().bind(vm.file().isNotNull());
            columns.managedProperty().bind(columns.visibleProperty());
            // Open while something needs pointing out (no name column, unreadable cells); folded once the guess works.
            vm.preview().addListener((obs, old, preview) -> {
                if (preview != null && !preview.readable()) {
                    columns.setExpanded(true);
                } else if (preview != null && old == null) {
                    columns.setExpanded(false);
                }
            });
            vm.mapping().addListener((obs, old, mapping) -> show(mapping));
            layout.valueProperty().addListener((obs, old, now) -> change(m -> m.withLayout(now)));
            headerRow.valueProperty().addListener((obs, old, now) -> change(m -> m.withHeaderRow(now)));
            dateOrder.valueProperty().addListener((obs, old, now) -> change(m -> m.withDateOrder(now)));
            start.setOnAction(event -> commitTimes());
            end.setOnAction(event -> commitTimes());
            start.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commitTimes();
                }
            });
            end.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commitTimes();
                }
            });
        }

        Node node() {
            return box;
        }

        Node columnsNode() {
            return columns;
        }

        private void commitTimes() {
            var from = TimeText.parse(start.getText());
            var to = TimeText.parse(end.getText());
            if (from.isPresent() && to.isPresent() && to.get().isAfter(from.get())) {
                change(m -> m.withTimes(from.get(), to.get()));
            } else if (vm.mapping().get() != null) {
                // A time that does not read goes back to the one in use: the preview never runs on a guess.
                show(vm.mapping().get());
            }
        }

        private void change(java.util.function.UnaryOperator<ImportMapping> edit) {
            ImportMapping current = vm.mapping().get();
            if (!updating && current != null) {
                vm.changeMapping(edit.apply(current));
            }
        }

        private void show(ImportMapping mapping) {
            if (mapping == null) {
                sample.getColumns().clear();
                return;
            }
            updating = true;
            try {
                var file = vm.file().get();
                readAs.setText(file == null ? "" : vm.texts().readAs(file.fileName(), file.readAs()));
                layout.setValue(mapping.layout());
                headerRow.getValueFactory().setValue(mapping.headerRow());
                dateOrder.setValue(mapping.dateOrder());
                start.setText(mapping.start() == null ? "" : TimeText.format(mapping.start()));
                end.setText(mapping.end() == null ? "" : TimeText.format(mapping.end()));
                columns(mapping);
            } finally {
                updating = false;
            }
        }

        /** One column per spreadsheet column (A, B, …), each headed by what it holds; the header row is marked. */
        private void columns(ImportMapping mapping) {
            int width = Math.min(40, vm.sample().stream().mapToInt(SheetRow::width).max().orElse(0));
            sample.getColumns().clear();
            TableColumn<SheetRow, String> number = new TableColumn<>("");
            number.setCellValueFactory(cell -> new ReadOnlyStringWrapper((cell.getValue().number() == mapping.headerRow() ? "▶ " : "")
                    + cell.getValue().number()));
            number.setPrefWidth(52);
            number.setSortable(false);
            sample.getColumns().add(number);
            for (int c = 0; c < width; c++) {
                int column = c;
                TableColumn<SheetRow, String> tableColumn = new TableColumn<>();
                tableColumn.setSortable(false);
                tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().date(column) != null
                        ? i18n.date(cell.getValue().date(column)) : cell.getValue().text(column)));
                ComboBox<ColumnRole> role = new ComboBox<>();
                role.setId("attendance-import-column-" + SheetRow.columnLetters(column));
                role.getItems().setAll(ColumnRole.values());
                role.setConverter(Forms.converter(r -> r == null ? "" : i18n.tr("attendanceImport.role." + r.name())));
                role.setValue(mapping.columns().getOrDefault(column, ColumnRole.IGNORE));
                role.valueProperty().addListener((obs, old, now) -> change(m -> m.withColumn(column, now)));
                role.setMaxWidth(Double.MAX_VALUE);
                Label letter = new Label(SheetRow.columnLetters(column));
                letter.getStyleClass().add(Styles.TEXT_BOLD);
                VBox header = new VBox(2, letter, role);
                header.setAlignment(Pos.CENTER);
                tableColumn.setGraphic(header);
                tableColumn.setPrefWidth(column == mapping.column(ColumnRole.NAME) ? 200 : 180);
                sample.getColumns().add(tableColumn);
            }
        }
    }
}
