package nl.werkbank.app.meetings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.NumberText;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.AgendaItem;
import org.kordamp.ikonli.feather.Feather;

/** The agenda in Voorbereiding: quick entry (title, werkvorm, minutes, Enter), reorder, remove. */
final class AgendaEditor {

    private final VBox root;

    AgendaEditor(MeetingViewModel vm) {
        Localization i18n = vm.ui().i18n();
        TableView<AgendaItem> table = Tables.table(i18n.tr("agenda.none"));
        table.setId("agenda-table");
        table.setPrefHeight(220);
        Tables.column(table, i18n.tr("agenda.title"), AgendaItem::title, 260);
        Tables.column(table, i18n.tr("agenda.method"), item -> item.method() == null ? "" : item.method(), 160);
        Tables.column(table, i18n.tr("agenda.planned"), item -> minutes(i18n, item.plannedMinutes()), 90);
        Tables.column(table, i18n.tr("agenda.actual"), item -> minutes(i18n, item.actualMinutes()), 90);
        table.setItems(vm.agenda());

        TextField title = new TextField();
        title.setId("agenda-new-title");
        title.setPromptText(i18n.tr("agenda.title.prompt"));
        TextField method = new TextField();
        method.setPromptText(i18n.tr("agenda.method.prompt"));
        TextField minutes = new TextField();
        minutes.setPromptText(i18n.tr("agenda.minutes.prompt"));
        minutes.setPrefColumnCount(4);
        Runnable add = () -> {
            if (title.getText() == null || title.getText().isBlank()) {
                title.requestFocus();
                return;
            }
            Integer planned = NumberText.wholeNumber(minutes.getText()).filter(n -> n > 0).orElse(null);
            vm.addAgendaItem(title.getText(), method.getText(), planned);
            title.clear();
            method.clear();
            minutes.clear();
            title.requestFocus();
        };
        title.setOnAction(event -> method.requestFocus());
        method.setOnAction(event -> minutes.requestFocus());
        minutes.setOnAction(event -> add.run());
        Button addButton = MasterDetail.iconButton(Feather.PLUS, i18n.tr("agenda.add"));
        addButton.setOnAction(event -> add.run());
        HBox entry = new HBox(8, title, method, minutes, addButton);
        HBox.setHgrow(title, Priority.ALWAYS);

        Button up = Tables.rowButton(table, Feather.ARROW_UP, i18n.tr("agenda.up"), item -> vm.moveAgendaItem(item, -1));
        Button down = Tables.rowButton(table, Feather.ARROW_DOWN, i18n.tr("agenda.down"), item -> vm.moveAgendaItem(item, 1));
        Button remove = Tables.rowButton(table, Feather.TRASH_2, i18n.tr("button.delete"), vm::deleteAgendaItem);
        root = new VBox(6, MasterDetail.sectionWithActions(i18n.tr("agenda.section"), up, down, remove), table, entry);
    }

    static String minutes(Localization i18n, Integer minutes) {
        return minutes == null ? "" : i18n.tr("agenda.minutes", minutes);
    }

    Node node() {
        return root;
    }
}
