package nl.werkbank.app.meetings;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.GuestRequest;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.Person;

/** A walk-in guest in a few keystrokes: a name (new or known) and an organisation (new, known or none). */
final class GuestDialog extends FormDialog<GuestRequest, AttendanceLine> {

    GuestDialog(MeetingViewModel vm) {
        super(vm.ui().window().get(), vm.ui().i18n(), vm.ui().i18n().tr("attendance.addGuest"));
        TextField name = new TextField();
        name.setId("guest-name");
        name.setPromptText(i18n.tr("guest.name.prompt"));
        SearchableComboBox<Person> known = new SearchableComboBox<>(vm.people());
        known.setId("guest-known");
        known.setMaxWidth(Double.MAX_VALUE);
        known.setConverter(Forms.converter(p -> p == null ? "" : p.name()));
        name.disableProperty().bind(known.valueProperty().isNotNull());
        TextField newOrganization = new TextField();
        newOrganization.setId("guest-new-organization");
        newOrganization.setPromptText(i18n.tr("guest.newOrganization.prompt"));
        SearchableComboBox<Organization> organization = new SearchableComboBox<>(vm.organizations());
        organization.setId("guest-organization");
        organization.setMaxWidth(Double.MAX_VALUE);
        organization.setConverter(Forms.converter(o -> o == null ? "" : o.name()));
        newOrganization.disableProperty().bind(organization.valueProperty().isNotNull());
        CheckBox member = new CheckBox(i18n.tr("guest.makeMember"));
        member.setId("guest-make-member");
        member.setDisable(vm.editor().current().get() == null || vm.editor().current().get().teamId() == null);

        errors.fields("name", "person", "organization");
        row("name", "guest.name.label", name);
        row("person", "guest.known.label", known);
        row("organization", "guest.organization.label", organization);
        row("organization", "guest.newOrganization.label", newOrganization);
        grid.add(member, 1, grid.getRowCount());
        hint("guest.hint");
        focusOnShow(name);

        onSave(vm.ui().executor(), () -> {
            Person person = known.getValue();
            if (person == null && (name.getText() == null || name.getText().isBlank())) {
                throw new ValidationException(Problem.of("name", "error.name.empty"));
            }
            return new GuestRequest(person == null ? null : person.id(), person == null ? name.getText() : null,
                    organization.getValue() == null ? null : organization.getValue().id(), newOrganization.getText(),
                    member.isSelected(), allowDuplicateName());
        }, vm::addGuest);
    }
}
