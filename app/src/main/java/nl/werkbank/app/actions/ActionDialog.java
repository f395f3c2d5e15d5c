package nl.werkbank.app.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.ActionStatus;
import org.controlsfx.control.CheckListView;

/** An action: what, who (one or more of the people offered), by when, status. */
public final class ActionDialog extends FormDialog<ActionItem, ActionItem> {

    /** Someone who can own the action. */
    public record Owner(UUID personId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    public ActionDialog(UiContext ui, ActionItem action, List<Owner> candidates, Function<ActionItem, ActionItem> save) {
        super(ui.window().get(), ui.i18n(), ui.i18n().tr(action.createdAt() == null ? "action.add" : "action.edit"));
        TextArea description = new TextArea(action.description());
        description.setId("action-description");
        description.setWrapText(true);
        description.setPrefRowCount(2);
        List<Owner> choices = new ArrayList<>(candidates);
        for (UUID owner : action.ownerIds()) {
            if (choices.stream().noneMatch(o -> o.personId().equals(owner))) {
                choices.add(new Owner(owner, i18n.tr("action.owner.other")));
            }
        }
        CheckListView<Owner> owners = new CheckListView<>();
        owners.setId("action-owners");
        owners.getItems().setAll(choices);
        nl.werkbank.app.fx.Keys.spaceTicks(owners);
        owners.setPrefHeight(Math.min(200, 28 * Math.max(3, choices.size()) + 4));
        choices.stream().filter(o -> action.ownerIds().contains(o.personId())).forEach(o -> owners.getCheckModel().check(o));
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.setId("action-status");
        status.getItems().setAll(ActionStatus.values());
        status.setConverter(Forms.converter(i18n::tr));
        status.setValue(action.status());
        errors.fields("description", "owners", "due", "status");
        row("description", "action.description", description);
        row("owners", "action.owners", owners);
        DateInput due = dateRow("due", "action.due", action.dueDate());
        row("status", "action.status", status);
        focusOnShow(description);
        onSave(ui.executor(), () -> {
            checkDates();
            return action.with(description.getText(), due.value().get(), status.getValue(),
                    owners.getCheckModel().getCheckedItems().stream().map(Owner::personId).toList());
        }, save);
    }
}
