package nl.werkbank.app.organizations;

import java.time.LocalDate;
import javafx.scene.control.TextField;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.NumberText;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.hours.CashContribution;
import nl.werkbank.core.people.Organization;

/** A bijdrage in geld: date, amount in euros (1.234,50 or 1234.50), description. */
final class CashDialog extends FormDialog<CashContribution, CashContribution> {

    CashDialog(OrganizationsViewModel vm, Organization organization, CashContribution existing) {
        super(vm.ui().window().get(), vm.ui().i18n(),
                vm.ui().i18n().tr(existing == null ? "cash.add" : "cash.edit") + " · " + organization.name());
        TextField amount = new TextField(existing == null ? "" : vm.ui().i18n().hoursExact(existing.amount()));
        amount.setId("cash-amount");
        amount.setPromptText(i18n.tr("cash.amount.prompt"));
        amount.setMaxWidth(160);
        TextField description = new TextField(existing == null || existing.description() == null ? "" : existing.description());
        description.setId("cash-description");
        errors.fields("date", "amount", "description");
        DateInput date = dateRow("date", "cash.date.label", existing == null ? LocalDate.now(vm.ui().werkbank().clock()) : existing.date());
        row("amount", "cash.amount.label", amount);
        row("description", "cash.description.label", description);
        focusOnShow(amount);
        onSave(vm.ui().executor(), () -> {
            checkDates();
            // Dutch amounts: "1.234,50" — dots group thousands, the comma is the decimal sign.
            String typed = amount.getText() == null ? "" : amount.getText().strip().replace("€", "").strip();
            String normalised = typed.contains(",") ? typed.replace(".", "") : typed;
            var value = NumberText.hours(normalised).filter(v -> !typed.isEmpty()).orElseThrow(() ->
                    new ValidationException(Problem.of("amount", "error.amount.invalid")));
            return existing == null
                    ? CashContribution.create(organization.id(), date.value().get(), value, description.getText())
                    : new CashContribution(existing.id(), organization.id(), date.value().get(), value, description.getText(),
                            existing.createdAt(), existing.updatedAt());
        }, vm::saveCash);
    }
}
