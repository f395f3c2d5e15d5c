package nl.werkbank.app.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.Question;
import org.kordamp.ikonli.feather.Feather;

/**
 * The check-in and uitcheck questions: type a question and press Enter to add it; choose one to change its words
 * (not a standard one) or to set it aside. Set-aside questions stay in the list, greyed, and can be taken back.
 */
final class QuestionsSection {

    private QuestionsSection() {
    }

    static VBox build(QuestionsViewModel vm, Localization i18n) {
        ToggleGroup kinds = new ToggleGroup();
        HBox kindRow = new HBox(4);
        for (Question.Kind kind : Question.Kind.values()) {
            ToggleButton button = new ToggleButton(i18n.tr("questions.kind." + kind.name()));
            button.setId("questions-kind-" + kind.name().toLowerCase());
            button.setToggleGroup(kinds);
            button.setSelected(kind == vm.kind().get());
            button.setOnAction(event -> {
                button.setSelected(true);
                vm.kind().set(kind);
            });
            kindRow.getChildren().add(button);
        }

        ListView<Question> list = new ListView<>(vm.questions());
        list.setId("questions-list");
        list.setPrefHeight(260);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Question question, boolean empty) {
                super.updateItem(question, empty);
                getStyleClass().remove(Styles.TEXT_MUTED);
                if (empty || question == null) {
                    setText(null);
                    return;
                }
                String marks = (question.standard() ? "  · " + i18n.tr("questions.standard") : "")
                        + (question.retired() ? "  · " + i18n.tr("questions.retired") : "");
                setText(question.text() + marks);
                if (question.retired()) {
                    getStyleClass().add(Styles.TEXT_MUTED);
                }
            }
        });

        TextField text = new TextField();
        text.setId("questions-text");
        text.setPromptText(i18n.tr("questions.prompt"));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = MasterDetail.iconButton(Feather.PLUS, i18n.tr("questions.add"));
        add.setId("questions-add");
        Button change = MasterDetail.iconButton(Feather.EDIT_2, i18n.tr("questions.change"));
        change.setId("questions-change");
        Button retire = MasterDetail.iconButton(Feather.ARCHIVE, i18n.tr("questions.retire"));
        retire.setId("questions-retire");
        Runnable clear = () -> {
            text.clear();
            list.getSelectionModel().clearSelection();
        };
        add.setOnAction(event -> vm.add(text.getText(), clear));
        text.setOnAction(event -> add.fire());
        change.setOnAction(event -> vm.rename(list.getSelectionModel().getSelectedItem(), text.getText(), clear));
        retire.setOnAction(event -> {
            Question chosen = list.getSelectionModel().getSelectedItem();
            vm.retire(chosen, !chosen.retired());
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            change.setDisable(now == null || now.standard());
            retire.setDisable(now == null);
            retire.setText(i18n.tr(now != null && now.retired() ? "questions.takeBack" : "questions.retire"));
            if (now != null && !now.standard()) {
                text.setText(now.text());
            }
        });
        change.setDisable(true);
        retire.setDisable(true);
        Label error = Forms.errorLabel(vm.error());
        error.setId("questions-error");
        HBox entry = new HBox(8, text, add, change, retire);
        entry.setAlignment(Pos.CENTER_LEFT);
        Label explain = Forms.muted(new Label(i18n.tr("questions.explain")));
        explain.setWrapText(true);
        vm.load();
        return new VBox(8, explain, kindRow, entry, error, list);
    }
}
