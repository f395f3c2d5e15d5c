package nl.werkbank.app.decisions;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.actions.ActionDialog;
import nl.werkbank.app.actions.ActionTexts;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Keys;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.Support;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 7: the decision's final text, whether the team carries it, its status, and the actions that follow. */
final class OutcomePage implements WizardPage {

    private final DecisionViewModel vm;
    private final TextArea finalText = new TextArea();
    private final ToggleGroup support = new ToggleGroup();
    private final ToggleGroup status = new ToggleGroup();
    private boolean filling;
    private final VBox root;

    OutcomePage(DecisionViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        finalText.setId("decision-final-text");
        finalText.setWrapText(true);
        finalText.setPrefRowCount(3);
        finalText.setPromptText(i18n.tr("decision.finalText.prompt"));
        finalText.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                save();
            }
        });
        HBox supports = toggles(support, Support.values(), "support-", i18n);
        HBox statuses = toggles(status, DecisionStatus.values(), "status-", i18n);
        Label supportLabel = new Label(i18n.tr("decision.support"));
        Label statusLabel = new Label(i18n.tr("decision.status"));
        ListView<ActionRow> actions = new ListView<>(vm.actions());
        actions.setId("decision-actions");
        actions.setPrefHeight(120);
        actions.setPlaceholder(new Label(i18n.tr("action.none")));
        actions.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ActionRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : ActionTexts.line(row, i18n));
            }
        });
        Button addAction = new Button(i18n.tr("action.add"), new FontIcon(Feather.PLUS));
        addAction.setId("decision-add-action");
        addAction.setOnAction(event -> addAction());
        VBox.setVgrow(actions, Priority.ALWAYS);
        root = new VBox(10, Forms.withError(finalText, vm.errors().of("finalText")), new HBox(8, supportLabel, supports),
                new HBox(8, statusLabel, statuses), new HBox(8, new Label(i18n.tr("action.section")), addAction), actions);
        for (Node row : root.getChildren()) {
            if (row instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().get(0).setStyle("-fx-min-width: 130px;");
            }
        }
        Label keys = Forms.muted(new Label(i18n.tr("decision.outcome.keys")));
        keys.setId("outcome-keys");
        keys.setWrapText(true);
        root.getChildren().add(1, keys);
        Keys.tabMovesFocus(finalText);
        Support[] supportValues = Support.values();
        for (int i = 0; i < supportValues.length; i++) {
            Support value = supportValues[i];
            Keys.alt(root, javafx.scene.input.KeyCode.getKeyCode(Integer.toString(i + 1)), () -> choose(support, value));
        }
        Keys.alt(root, javafx.scene.input.KeyCode.D, () -> choose(status, DecisionStatus.DECIDED));
        Keys.alt(root, javafx.scene.input.KeyCode.O, () -> choose(status, DecisionStatus.OPEN));
        Keys.alt(root, javafx.scene.input.KeyCode.U, () -> choose(status, DecisionStatus.POSTPONED));
        Keys.alt(root, javafx.scene.input.KeyCode.A, this::addAction);
    }

    /** What a key does: the same as clicking the toggle, the final text typed so far included. */
    private void choose(ToggleGroup group, Object value) {
        select(group, value);
        save();
    }

    private void addAction() {
        Decision decision = vm.decision().get();
        if (decision == null) {
            return;
        }
        ActionItem draft = ActionItem.create(vm.meetingId(), decision.id(), null, "", null, List.of());
        new ActionDialog(vm.ui(), draft, vm.participants().stream()
                .map(p -> new ActionDialog.Owner(p.personId(), p.name())).toList(), vm::saveAction)
                .showAndWait().ifPresent(vm::actionSaved);
    }

    private <E extends Enum<E>> HBox toggles(ToggleGroup group, E[] values, String idPrefix, Localization i18n) {
        HBox box = new HBox(4);
        for (E value : values) {
            ToggleButton button = new ToggleButton(i18n.tr(value));
            button.setId(idPrefix + value.name().toLowerCase());
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setOnAction(event -> save());
            box.getChildren().add(button);
        }
        return box;
    }

    private void save() {
        if (filling || vm.decision().get() == null) {
            return;
        }
        Support chosenSupport = support.getSelectedToggle() == null ? null : (Support) support.getSelectedToggle().getUserData();
        DecisionStatus chosenStatus = status.getSelectedToggle() == null ? DecisionStatus.OPEN
                : (DecisionStatus) status.getSelectedToggle().getUserData();
        Decision current = vm.decision().get();
        String text = finalText.getText() == null || finalText.getText().isBlank() ? null : finalText.getText().strip();
        if (!java.util.Objects.equals(text, current.finalText()) || chosenSupport != current.support()
                || chosenStatus != current.status()) {
            vm.saveOutcome(finalText.getText(), chosenSupport, chosenStatus);
        }
    }

    @Override
    public void refresh() {
        Decision current = vm.decision().get();
        if (current == null) {
            return;
        }
        filling = true;
        if (!finalText.isFocused()) {
            finalText.setText(current.finalText() == null ? "" : current.finalText());
        }
        select(support, current.support());
        select(status, current.status());
        filling = false;
    }

    private static void select(ToggleGroup group, Object value) {
        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == value));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focus() {
        return finalText;
    }

    @Override
    public void commitPending() {
        save();
    }
}
