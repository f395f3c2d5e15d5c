package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.AgendaItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Agenda during the meeting: start an item (shown on the beamer), finish it and its real minutes are stored. */
final class AgendaStep implements StepView {

    private final MeetingViewModel vm;
    private final ObjectProperty<AgendaItem> running = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> since = new SimpleObjectProperty<>();
    private final TableView<AgendaItem> table;
    private final VBox root;

    AgendaStep(MeetingViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        table = Tables.table(i18n.tr("agenda.none"));
        table.setId("agenda-run-table");
        Tables.column(table, i18n.tr("agenda.title"), AgendaItem::title, 300);
        Tables.column(table, i18n.tr("agenda.method"), item -> item.method() == null ? "" : item.method(), 180);
        Tables.column(table, i18n.tr("agenda.planned"), item -> AgendaEditor.minutes(i18n, item.plannedMinutes()), 90);
        Tables.column(table, i18n.tr("agenda.actual"), item -> AgendaEditor.minutes(i18n, item.actualMinutes()), 90);
        table.setItems(vm.agenda());

        Button start = new Button(i18n.tr("agenda.start"), new FontIcon(Feather.PLAY));
        start.setId("agenda-start");
        start.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        start.setOnAction(event -> start(table.getSelectionModel().getSelectedItem()));
        Button finish = new Button(i18n.tr("agenda.finish"), new FontIcon(Feather.CHECK));
        finish.setId("agenda-finish");
        finish.getStyleClass().add(Styles.ACCENT);
        finish.disableProperty().bind(running.isNull());
        finish.setOnAction(event -> finishAndSelectNext());
        Tables.keepSelection(table, AgendaItem::id);
        // Enter starts the chosen item; on the item that is running it finishes it and moves to the next.
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            AgendaItem selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() != javafx.scene.input.KeyCode.ENTER || event.isShortcutDown() || selected == null) {
                return;
            }
            if (running.get() != null && running.get().id().equals(selected.id())) {
                finishAndSelectNext();
            } else {
                start(selected);
            }
            event.consume();
        });
        Label now = new Label();
        now.getStyleClass().add(Styles.TITLE_3);
        now.textProperty().bind(Bindings.createStringBinding(() -> running.get() == null ? i18n.tr("agenda.notRunning")
                : i18n.tr("agenda.running", running.get().title()), running));
        Label timer = new Label();
        timer.getStyleClass().add(Styles.TITLE_3);
        timer.textProperty().bind(new SpeakerTimer(since).text());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, now, spacer, timer, start, finish);
        header.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, header, Forms.muted(new Label(i18n.tr("agenda.explain"))), table);
        root.setId("agenda-run");
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12, 16, 12, 16));
    }

    private void finishAndSelectNext() {
        int next = table.getSelectionModel().getSelectedIndex() + 1;
        finish();
        if (next < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(next);
        }
    }

    private void start(AgendaItem item) {
        if (running.get() != null) {
            finish();
        }
        running.set(item);
        since.set(Instant.now());
        vm.beamer().agendaItem.set(item.title());
    }

    private void finish() {
        AgendaItem item = running.get();
        int minutes = (int) Math.max(1, Math.round(Duration.between(since.get(), Instant.now()).getSeconds() / 60.0));
        vm.saveAgendaItem(item.withActualMinutes(minutes));
        running.set(null);
        since.set(null);
        vm.beamer().agendaItem.set("");
    }

    @Override
    public void shown() {
        if (running.get() != null) {
            vm.beamer().agendaItem.set(running.get().title());
        }
        nl.werkbank.app.fx.Focus.on(table, root);
    }

    @Override
    public Node node() {
        return root;
    }
}
