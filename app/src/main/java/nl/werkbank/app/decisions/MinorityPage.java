package nl.werkbank.app.decisions;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.werkbank.app.actions.ActionDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Keys;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.ConditionAnswer;
import nl.werkbank.core.decisions.DecisionSteps;
import nl.werkbank.core.decisions.MinorityCondition;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Step 6: the wisdom of the minority. "Wat heb je nodig om mee te gaan?" Each condition with the majority's
 * answer; an agreed condition can become an action.
 */
final class MinorityPage implements WizardPage {

    private final DecisionViewModel vm;
    private final TextField entry = new TextField();
    private final ListView<MinorityCondition> list;
    private final ComboBox<ConditionAnswer> answer = new ComboBox<>();
    private final TextField note = new TextField();
    private boolean filling;
    private final VBox root;

    MinorityPage(DecisionViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        entry.setId("condition-entry");
        entry.setPromptText(i18n.tr("decision.condition.prompt"));
        entry.setOnAction(event -> {
            if (!entry.getText().isBlank()) {
                vm.addCondition(entry.getText());
                entry.clear();
            }
        });
        list = EntryList.of(vm.conditions(), c -> null, c -> DecisionTexts.condition(c, i18n) + actionMark(c), vm,
                c -> vm.delete(DecisionSteps.Step.CONDITION, c.id()), "decision.condition.none");
        list.setId("condition-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        answer.setId("condition-answer");
        answer.getItems().setAll(ConditionAnswer.values());
        answer.setConverter(Forms.converter(a -> a == null ? i18n.tr("decision.condition.noAnswer") : i18n.tr(a)));
        answer.setPromptText(i18n.tr("decision.condition.noAnswer"));
        note.setId("condition-note");
        note.setPromptText(i18n.tr("decision.condition.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button action = new Button(i18n.tr("decision.condition.action"), new FontIcon(Feather.CHECK_SQUARE));
        action.setId("condition-action");
        action.setOnAction(event -> makeAction());
        Label answerLabel = new Label(i18n.tr("decision.condition.answer"));
        answerLabel.setLabelFor(answer);
        answerLabel.setMinWidth(Region.USE_PREF_SIZE);
        action.setMinWidth(Region.USE_PREF_SIZE);
        HBox answerLine = new HBox(8, answerLabel, answer, action);
        answerLine.setAlignment(Pos.CENTER_LEFT);
        VBox editor = new VBox(6, answerLine, note);
        editor.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> fill(now));
        EntryList.keepSelection(list, MinorityCondition::id);
        answer.valueProperty().addListener((obs, old, now) -> save());
        note.setOnAction(event -> save());
        note.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                save();
            }
        });
        Label keys = Forms.muted(new Label(i18n.tr("decision.condition.keys")));
        keys.setId("condition-keys");
        keys.setWrapText(true);
        root = new VBox(8, Forms.withError(entry, vm.errors().of("text")), keys, list, editor);
        ConditionAnswer[] answers = ConditionAnswer.values();
        for (int i = 0; i < answers.length; i++) {
            ConditionAnswer chosen = answers[i];
            Keys.alt(root, javafx.scene.input.KeyCode.getKeyCode(Integer.toString(i + 1)), () -> answerTarget(chosen));
        }
        Keys.alt(root, javafx.scene.input.KeyCode.A, this::makeAction);
    }

    /** The condition the keys act on: the one selected, else the one just added. */
    private MinorityCondition target() {
        MinorityCondition selected = list.getSelectionModel().getSelectedItem();
        if (selected == null && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectLast();
            selected = list.getSelectionModel().getSelectedItem();
        }
        return selected;
    }

    private void answerTarget(ConditionAnswer chosen) {
        if (target() != null) {
            answer.setValue(chosen);
        }
    }

    private String actionMark(MinorityCondition condition) {
        return vm.actions().stream().anyMatch(row -> condition.id().equals(row.action().conditionId()))
                ? "  ✔ " + vm.ui().i18n().tr("decision.condition.hasAction") : "";
    }

    private void fill(MinorityCondition condition) {
        filling = true;
        answer.setValue(condition == null ? null : condition.answer());
        note.setText(condition == null || condition.answerNote() == null ? "" : condition.answerNote());
        filling = false;
    }

    private void save() {
        MinorityCondition selected = list.getSelectionModel().getSelectedItem();
        if (filling || selected == null) {
            return;
        }
        String text = note.getText().isBlank() ? null : note.getText().strip();
        if (answer.getValue() != selected.answer() || !java.util.Objects.equals(text, selected.answerNote())) {
            vm.answer(selected, answer.getValue(), text);
        }
    }

    private void makeAction() {
        MinorityCondition selected = target();
        if (selected == null) {
            return;
        }
        ActionItem draft = ActionItem.create(vm.meetingId(), selected.decisionId(), selected.id(), selected.text(), null, List.of());
        new ActionDialog(vm.ui(), draft, vm.participants().stream().map(p -> new ActionDialog.Owner(p.personId(), p.name()))
                .toList(), vm::saveAction).showAndWait().ifPresent(vm::actionSaved);
    }

    @Override
    public void refresh() {
        MinorityCondition selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            fill(vm.conditions().stream().filter(c -> c.id().equals(selected.id())).findFirst().orElse(null));
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focus() {
        return entry;
    }
}
