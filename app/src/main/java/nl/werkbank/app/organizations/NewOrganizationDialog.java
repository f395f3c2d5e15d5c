package nl.werkbank.app.organizations;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;

/** "Nieuwe organisatie": name and type; everything else is filled in on the screen afterwards. */
final class NewOrganizationDialog extends FormDialog<NewOrganizationDialog.Input, Organization> {

    record Input(String name, OrganizationType type) {
    }

    NewOrganizationDialog(OrganizationsViewModel vm) {
        super(vm.ui().window().get(), vm.ui().i18n(), vm.ui().i18n().tr("organization.new"));
        TextField name = new TextField();
        name.setId("new-organization-name");
        ComboBox<OrganizationType> type = new ComboBox<>();
        type.setId("new-organization-type");
        type.getItems().setAll(OrganizationType.values());
        type.setConverter(Forms.converter(i18n::tr));
        type.setValue(OrganizationType.OTHER);
        errors.fields("name", "type");
        row("name", "organization.name.label", name);
        row("type", "organization.type.label", type);
        focusOnShow(name);
        onSave(vm.ui().executor(), () -> {
            if (name.getText() == null || name.getText().isBlank()) {
                throw new ValidationException(Problem.of("name", "error.name.empty"));
            }
            return new Input(name.getText(), type.getValue());
        }, input -> vm.create(input.name(), input.type(), allowDuplicateName()));
    }
}
