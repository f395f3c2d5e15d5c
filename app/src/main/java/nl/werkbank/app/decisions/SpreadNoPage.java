package nl.werkbank.app.decisions;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.Alternative;
import nl.werkbank.core.decisions.DecisionSteps;

/** Step 4: spread the no. For each alternative: how many recognise (part of) it, and notes. */
final class SpreadNoPage implements WizardPage {

    private final DecisionViewModel vm;
    private final ListView<Alternative> list;
    private final Spinner<Integer> recognised = new Spinner<>();
    private final TextField notes = new TextField();
    private boolean filling;
    private final VBox root;

    SpreadNoPage(DecisionViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        list = EntryList.of(vm.alternatives(), Alternative::round, a -> DecisionTexts.alternative(a, i18n), vm,
                a -> vm.delete(DecisionSteps.Step.ALTERNATIVE, a.id()), "decision.alternative.none");
        list.setId("spread-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        recognised.setId("spread-recognised");
        recognised.setEditable(true);
        recognised.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 999, 0));
        recognised.setPrefWidth(90);
        notes.setId("spread-notes");
        notes.setPromptText(i18n.tr("decision.spread.notes"));
        HBox.setHgrow(notes, Priority.ALWAYS);
        Label count = new Label(i18n.tr("decision.spread.count"));
        count.setLabelFor(recognised);
        HBox editor = new HBox(8, count, recognised, notes);
        editor.setAlignment(Pos.CENTER_LEFT);
        editor.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> fill(now));
        EntryList.keepSelection(list, Alternative::id);
        recognised.valueProperty().addListener((obs, old, now) -> save());
        notes.setOnAction(event -> save());
        notes.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                save();
            }
        });
        root = new VBox(8, Forms.muted(new Label(i18n.tr("decision.spread.hint"))), list, editor);
    }

    private void fill(Alternative alternative) {
        filling = true;
        recognised.getValueFactory().setValue(alternative == null || alternative.recognised() == null ? 0 : alternative.recognised());
        notes.setText(alternative == null || alternative.notes() == null ? "" : alternative.notes());
        filling = false;
    }

    private void save() {
        Alternative selected = list.getSelectionModel().getSelectedItem();
        if (filling || selected == null) {
            return;
        }
        Integer count = recognised.getValue();
        String text = notes.getText().isBlank() ? null : notes.getText().strip();
        boolean same = java.util.Objects.equals(count, selected.recognised() == null ? 0 : selected.recognised())
                && java.util.Objects.equals(text, selected.notes());
        if (!same) {
            vm.spread(selected, count, text);
        }
    }

    @Override
    public void refresh() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(list.getItems().size() - 1);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focus() {
        return list;
    }
}
