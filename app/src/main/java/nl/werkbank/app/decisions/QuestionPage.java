package nl.werkbank.app.decisions;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import nl.werkbank.app.fx.Keys;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.Decision;

/** Step 1: the question or proposal, and whether the beamer may show names. */
final class QuestionPage implements WizardPage {

    private final DecisionViewModel vm;
    private final TextArea question = new TextArea();
    private final CheckBox showNames;
    private final VBox root;

    QuestionPage(DecisionViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        question.setId("decision-question");
        question.setWrapText(true);
        question.setPrefRowCount(3);
        question.setPromptText(i18n.tr("decision.question.prompt"));
        showNames = new CheckBox(i18n.tr("decision.showNames"));
        showNames.setId("decision-show-names");
        Button start = new Button(i18n.tr("decision.start"));
        start.setId("decision-start");
        start.setDefaultButton(false);
        start.setOnAction(event -> commit());
        start.visibleProperty().bind(vm.decision().isNull());
        start.managedProperty().bind(start.visibleProperty());
        question.focusedProperty().addListener((obs, was, now) -> {
            if (!now && vm.decision().get() != null) {
                commit();
            }
        });
        Keys.shortcutEnter(question, this::commit);
        Keys.tabMovesFocus(question);
        showNames.setOnAction(event -> commit());
        root = new VBox(10, Forms.withError(question, vm.errors().of("question")), showNames,
                Forms.muted(new javafx.scene.control.Label(i18n.tr("decision.question.hint"))), start);
        root.setPadding(new Insets(4, 0, 0, 0));
    }

    private void commit() {
        Decision current = vm.decision().get();
        if (current == null) {
            if (!question.getText().isBlank()) {
                vm.start(question.getText());
            } else {
                vm.errors().of("question").set(vm.ui().i18n().tr("error.decision.questionRequired"));
            }
        } else {
            vm.saveQuestion(question.getText(), showNames.isSelected());
        }
    }

    @Override
    public void refresh() {
        Decision current = vm.decision().get();
        question.setText(current == null ? "" : current.question());
        showNames.setSelected(current != null && current.showNames());
        showNames.setDisable(current == null);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focus() {
        return question;
    }

    @Override
    public void commitPending() {
        if (vm.decision().get() != null) {
            commit();
        }
    }
}
