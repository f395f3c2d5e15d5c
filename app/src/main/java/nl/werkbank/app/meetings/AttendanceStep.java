package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Presentielijst: one key or click per person. A aanwezig, O online, B afwezig met bericht, X afwezig
 * (each moves to the next person), L late/early and preparation, G walk-in guest.
 */
final class AttendanceStep implements StepView {

    private static final Map<KeyCode, AttendanceStatus> KEYS = Map.of(KeyCode.A, AttendanceStatus.PRESENT,
            KeyCode.O, AttendanceStatus.ONLINE, KeyCode.B, AttendanceStatus.EXCUSED, KeyCode.X, AttendanceStatus.ABSENT);

    private final MeetingViewModel vm;
    private final Localization i18n;
    private final TableView<AttendanceRows.Row> table;
    /** Why the last key did nothing; empty once a key acts. */
    private final Label notice = new Label();
    private final VBox root;

    AttendanceStep(MeetingViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        table = Tables.table(i18n.tr("attendance.none"));
        table.setId("attendance-table");
        column(i18n.tr("person.name"), AttendanceLine::personName, 155);
        column(i18n.tr("affiliation.organization"), line -> line.organizationName() == null
                ? i18n.tr("membership.noOrganization") : line.organizationName(), 170);
        table.getColumns().add(statusColumn());
        column(i18n.tr("attendance.time"), this::timing, 110);
        column(i18n.tr("attendance.preparation"), line -> i18n.hours(line.attendance().preparationHours()), 100);
        table.setItems(new AttendanceRows(vm.lines()).rows());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        Tables.onOpen(table, row -> editLine(row.line()));
        Tables.keepSelection(table, AttendanceRows.Row::id);
        Tables.fixRowHeightOnceShown(table);

        Button guest = new Button(i18n.tr("attendance.addGuest"), new FontIcon(Feather.USER_PLUS));
        guest.setId("attendance-add-guest");
        guest.setOnAction(event -> addGuest());
        Button edit = new Button(i18n.tr("attendance.editLine"), new FontIcon(Feather.CLOCK));
        edit.setId("attendance-edit-line");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> editLine(selectedLine()));
        Button paper = new Button(i18n.tr("paper.button"), new FontIcon(Feather.PRINTER));
        paper.setId("attendance-paper");
        paper.setOnAction(event -> vm.documents().choosePaperList());
        Label title = new Label(i18n.tr("step.ATTENDANCE"));
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, paper, edit, guest);
        header.setAlignment(Pos.CENTER_LEFT);

        notice.setId("attendance-notice");
        notice.getStyleClass().add(Styles.WARNING);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        root = new VBox(8, header, Forms.muted(new Label(i18n.tr("attendance.keys"))), notice, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12, 16, 12, 16));
    }

    /** A text column that follows its row's line: a save redraws that one cell. */
    private void column(String title, Function<AttendanceLine, String> text, double width) {
        TableColumn<AttendanceRows.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> cell.getValue().lineProperty().map(text));
        column.setPrefWidth(width);
        table.getColumns().add(column);
    }

    private TableColumn<AttendanceRows.Row, AttendanceLine> statusColumn() {
        TableColumn<AttendanceRows.Row, AttendanceLine> column = new TableColumn<>(i18n.tr("attendance.status"));
        // Room for the four buttons in Dutch, the longer language.
        column.setPrefWidth(340);
        column.setMinWidth(340);
        column.setCellValueFactory(cell -> cell.getValue().lineProperty());
        column.setCellFactory(c -> new StatusCell());
        return column;
    }

    private static final AttendanceStatus[] BUTTONS = {AttendanceStatus.PRESENT, AttendanceStatus.ONLINE, AttendanceStatus.EXCUSED,
        AttendanceStatus.ABSENT};

    /**
     * The four status buttons of a row, made once per cell: the table reuses its cells when it scrolls, and new buttons
     * each time cost a full CSS pass per row (30-50 ms a key on the big Werkplaats, measured with bench --only ui).
     */
    private final class StatusCell extends TableCell<AttendanceRows.Row, AttendanceLine> {
        private final HBox buttons = new HBox(4);
        private final ToggleButton[] toggles = new ToggleButton[BUTTONS.length];

        StatusCell() {
            for (int i = 0; i < BUTTONS.length; i++) {
                AttendanceStatus status = BUTTONS[i];
                ToggleButton button = new ToggleButton(i18n.tr("attendanceStatus.short." + status.name()));
                button.setFocusTraversable(false);
                button.getStyleClass().addAll(Styles.SMALL, "status-" + status.name().toLowerCase());
                button.setMinWidth(Region.USE_PREF_SIZE);
                button.setOnAction(event -> {
                    if (getItem() != null) {
                        vm.setStatus(getItem(), button.isSelected() ? status : AttendanceStatus.UNKNOWN);
                    }
                });
                toggles[i] = button;
                buttons.getChildren().add(button);
            }
            // Always the graphic, hidden when empty: the table empties a cell before filling it again, and taking the
            // buttons out of the scene and back in costs that same CSS pass.
            setGraphic(buttons);
        }

        @Override
        protected void updateItem(AttendanceLine line, boolean empty) {
            super.updateItem(line, empty);
            buttons.setVisible(!empty && line != null);
            if (empty || line == null) {
                return;
            }
            for (int i = 0; i < BUTTONS.length; i++) {
                toggles[i].setSelected(line.attendance().status() == BUTTONS[i]);
                toggles[i].setAccessibleText(i18n.tr(BUTTONS[i]) + " " + line.personName());
            }
        }
    }

    private String timing(AttendanceLine line) {
        var a = line.attendance();
        if (a.lateMinutes() == 0 && a.earlyMinutes() == 0) {
            return "";
        }
        if (a.earlyMinutes() == 0) {
            return i18n.tr("attendance.late", a.lateMinutes());
        }
        return a.lateMinutes() == 0 ? i18n.tr("attendance.early", a.earlyMinutes())
                : i18n.tr("attendance.lateAndEarly", a.lateMinutes(), a.earlyMinutes());
    }

    private void key(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        AttendanceLine line = selectedLine();
        AttendanceStatus status = KEYS.get(event.getCode());
        boolean needsRow = status != null || event.getCode() == KeyCode.L || event.getCode() == KeyCode.DELETE;
        if (needsRow && line == null) {
            notice.setText(i18n.tr(table.getItems().isEmpty() ? "attendance.notice.empty" : "attendance.notice.choose"));
            event.consume();
            return;
        }
        notice.setText("");
        if (status != null) {
            int next = Math.min(table.getSelectionModel().getSelectedIndex() + 1, table.getItems().size() - 1);
            vm.setStatus(line, status);
            // The save updates its row when it returns; the next row is chosen now, so the keys run ahead of it.
            table.getSelectionModel().clearAndSelect(next);
            reveal(next);
            event.consume();
        } else if (event.getCode() == KeyCode.L) {
            editLine(line);
            event.consume();
        } else if (event.getCode() == KeyCode.G) {
            addGuest();
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE) {
            if (line.attendance().guest()) {
                vm.removeGuest(line);
            } else {
                notice.setText(i18n.tr("attendance.notice.notGuest", line.personName()));
            }
            event.consume();
        }
    }

    private AttendanceLine selectedLine() {
        AttendanceRows.Row row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.line();
    }

    /**
     * Brings {@code row} and the one after it into sight with the least scrolling: the table's own scrollTo puts the row
     * at the top, which gives every visible row a new index and a CSS pass; the flow's scrolls by the cells needed.
     */
    private void reveal(int row) {
        if (!(table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
            table.scrollTo(Math.max(0, row - 3));
            return;
        }
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        // The last cell may be cut off at the bottom: count it only when it ends inside the table.
        boolean inSight = first != null && last != null && row > first.getIndex() && row < last.getIndex();
        if (!inSight) {
            // Going down, the row after it comes into sight too; going up, the row itself.
            flow.scrollTo(first != null && row <= first.getIndex() ? row : Math.min(row + 1, table.getItems().size() - 1));
        }
    }

    private void editLine(AttendanceLine line) {
        if (line != null) {
            new AttendanceLineDialog(vm, line).showAndWait().ifPresent(vm::lineChanged);
            focusTable();
        }
    }

    private void addGuest() {
        new GuestDialog(vm).showAndWait().ifPresent(added -> {
            vm.reloadLines();
            vm.ui().saveStatus().saved();
        });
        focusTable();
    }

    /** Back on the list after a dialog, with a row selected, so the next key acts. */
    private void focusTable() {
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        nl.werkbank.app.fx.Focus.on(table, root);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        focusTable();
    }

    @Override
    public void createNew() {
        addGuest();
    }
}
