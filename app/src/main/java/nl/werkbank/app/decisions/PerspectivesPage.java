package nl.werkbank.app.decisions;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.DecisionSteps;
import nl.werkbank.core.decisions.Perspective;
import nl.werkbank.core.decisions.Valence;

/**
 * Step 2: perspectives as quick one-line entries. Type, Enter, next. Alt+1/2/3 pick +, 0, −; Alt+A flags
 * de andere stem. The author is optional.
 */
final class PerspectivesPage implements WizardPage {

    private final DecisionViewModel vm;
    private final TextField entry = new TextField();
    private final ToggleGroup valence = new ToggleGroup();
    private final CheckBox otherVoice;
    private final ComboBox<Participant> author = new ComboBox<>();
    private final VBox root;

    PerspectivesPage(DecisionViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        entry.setId("perspective-entry");
        entry.setPromptText(i18n.tr("decision.perspective.prompt"));
        HBox.setHgrow(entry, Priority.ALWAYS);
        HBox valences = new HBox(2);
        for (Valence v : Valence.values()) {
            ToggleButton button = new ToggleButton(DecisionTexts.symbol(v));
            button.setId("valence-" + v.name().toLowerCase());
            button.setUserData(v);
            button.setToggleGroup(valence);
            button.setAccessibleText(i18n.tr(v));
            button.setTooltip(new javafx.scene.control.Tooltip(i18n.tr(v) + " (Alt+" + (v.ordinal() + 1) + ")"));
            button.getStyleClass().add("valence-button");
            valences.getChildren().add(button);
        }
        valence.selectToggle(valence.getToggles().get(Valence.NEUTRAL.ordinal()));
        valence.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        otherVoice = new CheckBox(i18n.tr("decision.otherVoice"));
        otherVoice.setId("perspective-other-voice");
        author.setPromptText(i18n.tr("decision.author.none"));
        author.setConverter(Forms.converter(p -> p == null ? i18n.tr("decision.author.none") : p.name()));
        author.setOnShowing(event -> {
            List<Participant> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(vm.participants());
            Participant chosen = author.getValue();
            author.getItems().setAll(choices);
            author.setValue(chosen);
        });
        entry.setOnAction(event -> add());
        entry.setOnKeyPressed(event -> {
            if (event.isAltDown() && event.getCode().isDigitKey()) {
                int index = event.getCode().ordinal() - KeyCode.DIGIT1.ordinal();
                if (index >= 0 && index < 3) {
                    valence.selectToggle(valence.getToggles().get(index));
                    event.consume();
                }
            } else if (event.isAltDown() && event.getCode() == KeyCode.A) {
                otherVoice.setSelected(!otherVoice.isSelected());
                event.consume();
            }
        });
        HBox line = new HBox(8, entry, valences, otherVoice, author);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ListView<Perspective> list = EntryList.of(vm.perspectives(), Perspective::round,
                p -> DecisionTexts.perspective(p, true, i18n), vm, p -> vm.delete(DecisionSteps.Step.PERSPECTIVE, p.id()),
                "decision.perspective.none");
        list.setId("perspective-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(8, Forms.withError(line, vm.errors().of("text")),
                Forms.muted(new Label(i18n.tr("decision.perspective.hint"))), list);
    }

    private void add() {
        if (entry.getText().isBlank()) {
            return;
        }
        vm.addPerspective(entry.getText(), (Valence) valence.getSelectedToggle().getUserData(), otherVoice.isSelected(),
                author.getValue() == null ? null : author.getValue().personId());
        entry.clear();
        otherVoice.setSelected(false);
        author.setValue(null);
        valence.selectToggle(valence.getToggles().get(Valence.NEUTRAL.ordinal()));
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
        return entry;
    }

    @Override
    public void commitPending() {
        add();
    }
}
