package nl.werkbank.app.decisions;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.Alternative;
import nl.werkbank.core.decisions.DecisionSteps;

/** Step 3: make it safe to say no. Each no or alternative with its reason; Enter in either field adds it. */
final class SafeNoPage implements WizardPage {

    private final DecisionViewModel vm;
    private final TextField alternative = new TextField();
    private final TextField reason = new TextField();
    private final VBox root;

    SafeNoPage(DecisionViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        alternative.setId("alternative-entry");
        alternative.setPromptText(i18n.tr("decision.alternative.prompt"));
        reason.setId("alternative-reason");
        reason.setPromptText(i18n.tr("decision.reason.prompt"));
        HBox.setHgrow(alternative, Priority.ALWAYS);
        HBox.setHgrow(reason, Priority.ALWAYS);
        alternative.setOnAction(event -> {
            if (reason.getText().isBlank()) {
                reason.requestFocus();
            } else {
                add();
            }
        });
        reason.setOnAction(event -> add());
        ListView<Alternative> list = EntryList.of(vm.alternatives(), Alternative::round, a -> DecisionTexts.alternative(a, i18n),
                vm, a -> vm.delete(DecisionSteps.Step.ALTERNATIVE, a.id()), "decision.alternative.none");
        list.setId("alternative-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(8, Forms.withError(new HBox(8, alternative, reason), vm.errors().of("text")),
                Forms.muted(new Label(i18n.tr("decision.safeNo.hint"))), list);
    }

    private void add() {
        if (alternative.getText().isBlank()) {
            return;
        }
        vm.addAlternative(alternative.getText(), reason.getText());
        alternative.clear();
        reason.clear();
        alternative.requestFocus();
    }

    @Override
    public void refresh() {
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focus() {
        return alternative;
    }

    @Override
    public void commitPending() {
        add();
    }
}
