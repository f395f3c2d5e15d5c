package nl.werkbank.app.meetings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.learning.LearningNote;
import org.kordamp.ikonli.feather.Feather;

/** Leernotities of the meeting, tagged by level and form (leren zichtbaar maken). */
final class LearningNotesPanel {

    private final MeetingViewModel vm;
    private final VBox root;

    LearningNotesPanel(MeetingViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        ListView<LearningNote> list = new ListView<>(vm.notes());
        list.setId("learning-notes");
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(LearningNote note, boolean empty) {
                super.updateItem(note, empty);
                setWrapText(true);
                setText(empty || note == null ? null
                        : "[" + i18n.tr(note.level()) + " · " + i18n.tr(note.form()) + "] " + note.text());
            }
        });
        list.setPlaceholder(new javafx.scene.control.Label(i18n.tr("learning.none")));
        Button add = MasterDetail.iconButton(Feather.PLUS, i18n.tr("learning.add"));
        add.setId("learning-add");
        add.setOnAction(event -> add());
        Button edit = MasterDetail.iconButton(Feather.EDIT_2, i18n.tr("button.edit"));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> new LearningNoteDialog(vm, list.getSelectionModel().getSelectedItem()).showAndWait()
                .ifPresent(vm::noteSaved));
        Button remove = MasterDetail.iconButton(Feather.TRASH_2, i18n.tr("button.delete"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> vm.deleteNote(list.getSelectionModel().getSelectedItem()));
        root = new VBox(6, MasterDetail.sectionWithActions(i18n.tr("learning.section"), add, edit, remove), list);
    }

    /** A new note (also Ctrl+N during the closing round). */
    void add() {
        new LearningNoteDialog(vm, null).showAndWait().ifPresent(vm::noteSaved);
    }

    Node node() {
        return root;
    }
}
