package nl.werkbank.app.teams;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.TeamMember;

/**
 * "Overdragen aan opvolger" (warme overdracht): the member's membership ends on the date and the
 * successor starts on that same date with the same role.
 */
final class HandOverDialog extends FormDialog<HandOverDialog.Input, Membership> {

    record Input(Person successor, String newName, LocalDate date) {
    }

    HandOverDialog(TeamsViewModel vm, TeamMember member) {
        super(vm.ui().window().get(), vm.ui().i18n(), vm.ui().i18n().tr("handover.title", member.personName()));
        SearchableComboBox<Person> successor = new SearchableComboBox<>(vm.people().filtered(
                p -> !p.id().equals(member.membership().personId())));
        successor.setId("handover-successor");
        successor.setMaxWidth(Double.MAX_VALUE);
        successor.setConverter(Forms.converter(p -> p == null ? "" : p.name()));
        TextField newName = new TextField();
        newName.setId("handover-new-name");
        newName.setPromptText(i18n.tr("handover.newPerson.prompt"));
        newName.disableProperty().bind(successor.valueProperty().isNotNull());

        grid.add(Forms.muted(new Label(i18n.tr("handover.explain", member.personName(),
                i18n.tr(member.membership().role())))), 0, 0, 2, 1);
        errors.fields("successor", "newName", "date");
        row("successor", "handover.successor.label", successor);
        row("newName", "handover.newPerson.label", newName);
        DateInput date = dateRow("date", "handover.date.label", LocalDate.now(vm.ui().werkbank().clock()));
        date.picker().setId("handover-date");
        focusOnShow(successor);

        onSave(vm.ui().executor(), () -> {
            checkDates();
            boolean noNewName = newName.getText() == null || newName.getText().isBlank();
            if (successor.getValue() == null && noNewName) {
                throw new ValidationException(Problem.of("successor", "error.handover.successorRequired"));
            }
            return new Input(successor.getValue(), newName.getText(), date.value().get());
        }, input -> vm.handOver(member.membership(), input.successor(), input.newName(), input.date()));
    }
}
