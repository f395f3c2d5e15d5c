package nl.werkbank.app.organizations;

import javafx.scene.control.ComboBox;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.Partnership;
import nl.werkbank.core.people.PartnershipRole;

/** Add or change one partner period (role, from, to; an empty "to" means still running). */
final class PartnershipDialog extends FormDialog<Partnership, Partnership> {

    PartnershipDialog(OrganizationsViewModel vm, Organization organization, Partnership existing) {
        super(vm.ui().window().get(), vm.ui().i18n(),
                vm.ui().i18n().tr(existing == null ? "partnership.add" : "partnership.edit") + " · " + organization.name());
        ComboBox<PartnershipRole> role = new ComboBox<>();
        role.setId("partnership-role");
        role.getItems().setAll(PartnershipRole.values());
        role.setConverter(Forms.converter(i18n::tr));
        role.setValue(existing == null ? PartnershipRole.PARTNER : existing.role());

        errors.fields("role", "from", "to");
        row("role", "partnership.role.label", role);
        DateInput from = dateRow("from", "period.from.label", existing == null ? null : existing.from());
        from.picker().setId("partnership-from");
        DateInput to = dateRow("to", "period.to.label", existing == null ? null : existing.to());
        to.picker().setId("partnership-to");
        hint("period.to.hint");
        focusOnShow(from.picker());

        onSave(vm.ui().executor(), () -> {
            checkDates();
            return existing == null
                    ? Partnership.create(organization.id(), role.getValue(), from.value().get(), to.value().get())
                    : new Partnership(existing.id(), organization.id(), role.getValue(), from.value().get(),
                            to.value().get(), existing.createdAt(), existing.updatedAt());
        }, vm::savePartnership);
    }
}
