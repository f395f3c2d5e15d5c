package nl.werkbank.app.organizations;

import java.math.BigDecimal;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.NumberText;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.Partnership;
import nl.werkbank.core.people.PartnershipRole;
import nl.werkbank.core.people.PartnershipTerms;

/**
 * Add or change one partner period (role, from, to; an empty "to" means still running) and what the partner
 * committed to in it: in-kind hours per year and the themes or werkteams it chose.
 */
final class PartnershipDialog extends FormDialog<PartnershipDialog.Input, Partnership> {

    /** The period and its commitment, saved together. */
    record Input(Partnership partnership, PartnershipTerms terms) {
    }

    PartnershipDialog(OrganizationsViewModel vm, Organization organization, Partnership existing, PartnershipTerms terms) {
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
        TextField hours = new TextField(terms == null || terms.committedHoursPerYear() == null ? ""
                : i18n.hoursExact(terms.committedHoursPerYear()));
        hours.setId("partnership-hours");
        hours.setPromptText(i18n.tr("partnership.hours.prompt"));
        errors.fields("committedHours", "themes");
        row("committedHours", "partnership.hours.label", hours);
        TextField themes = new TextField(terms == null || terms.themes() == null ? "" : terms.themes());
        themes.setId("partnership-themes");
        themes.setPromptText(i18n.tr("partnership.themes.prompt"));
        row("themes", "partnership.themes.label", themes);
        focusOnShow(from.picker());

        onSave(vm.ui().executor(), () -> {
            checkDates();
            Partnership partnership = existing == null
                    ? Partnership.create(organization.id(), role.getValue(), from.value().get(), to.value().get())
                    : new Partnership(existing.id(), organization.id(), role.getValue(), from.value().get(),
                            to.value().get(), existing.createdAt(), existing.updatedAt());
            String text = hours.getText() == null ? "" : hours.getText().strip();
            BigDecimal committed = text.isEmpty() ? null : NumberText.hours(text).orElseThrow(() ->
                    new ValidationException(Problem.of("committedHours", "error.committedHours.invalid")));
            return new Input(partnership, new PartnershipTerms(partnership.id(), committed, themes.getText()));
        }, input -> vm.savePartnership(input.partnership(), input.terms()));
    }
}
