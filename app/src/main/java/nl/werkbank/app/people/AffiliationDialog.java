package nl.werkbank.app.people;

import java.time.LocalDate;
import org.controlsfx.control.SearchableComboBox;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.AffiliationRow;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.Person;

/** Add or change one employer period: which organisation the person represents, from when to when. */
final class AffiliationDialog extends FormDialog<Affiliation, AffiliationRow> {

    AffiliationDialog(PeopleViewModel vm, Person person, AffiliationRow existing) {
        super(vm.ui().window().get(), vm.ui().i18n(),
                vm.ui().i18n().tr(existing == null ? "affiliation.add" : "affiliation.edit") + " · " + person.name());
        SearchableComboBox<Organization> organization = new SearchableComboBox<>(vm.organizations());
        organization.setId("affiliation-organization");
        organization.setMaxWidth(Double.MAX_VALUE);
        organization.setConverter(Forms.converter(o -> o == null ? "" : o.name()));
        Affiliation old = existing == null ? null : existing.affiliation();
        if (old != null) {
            vm.organizations().stream().filter(o -> o.id().equals(old.organizationId())).findFirst()
                    .ifPresent(organization::setValue);
        }

        errors.fields("organization", "from", "to");
        row("organization", "affiliation.organization.label", organization);
        DateInput from = dateRow("from", "period.from.label", old == null ? LocalDate.now(vm.ui().werkbank().clock()) : old.from());
        from.picker().setId("affiliation-from");
        DateInput to = dateRow("to", "period.to.label", old == null ? null : old.to());
        to.picker().setId("affiliation-to");
        hint("period.to.hint");
        focusOnShow(organization);

        onSave(vm.ui().executor(), () -> {
            checkDates();
            if (organization.getValue() == null) {
                throw new ValidationException(Problem.of("organization", "error.organization.required"));
            }
            return old == null
                    ? Affiliation.create(person.id(), organization.getValue().id(), from.value().get(), to.value().get())
                    : new Affiliation(old.id(), person.id(), organization.getValue().id(), from.value().get(),
                            to.value().get(), old.createdAt(), old.updatedAt());
        }, vm::saveAffiliation);
    }
}
